#!/usr/bin/env python3
"""Tests of the Python binding (unittest), printed as TAP for automake's driver.

Run by `make check` through bindings/python/test_python.sh; by hand:
    bindings/python/pyrun $SRCDIR/bindings/python/test_geshibai.py [-v]
Environment: GSB_SRCDIR (the source tree), GSB_BUILDDIR (the build tree, for
cli/geshibai); GSB_LEAK_LOOPS overrides the 100,000 create/close loops.
"""

import concurrent.futures
import datetime
import decimal
import glob
import json
import os
import subprocess
import sys
import tempfile
import threading
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
# Import the built package (PYTHONPATH), not the source folder beside this file.
if sys.path and os.path.abspath(sys.path[0]) == HERE:
    del sys.path[0]

import geshibai  # noqa: E402

SRCDIR = os.environ.get("GSB_SRCDIR") or os.path.normpath(os.path.join(HERE, "..", ".."))
BUILDDIR = os.environ.get("GSB_BUILDDIR") or os.getcwd()
EXAMPLES = os.path.join(SRCDIR, "examples")
CASES = os.path.normpath(os.path.join(SRCDIR, "..", "shared", "conformance", "cases"))
CLI = os.path.join(BUILDDIR, "cli", "geshibai")
# libtool's wrapper script costs a shell per call: run the binary itself
# (bindings/python/pyrun puts the uninstalled library on LD_LIBRARY_PATH).
if os.access(os.path.join(BUILDDIR, "cli", ".libs", "geshibai"), os.X_OK):
    CLI = os.path.join(BUILDDIR, "cli", ".libs", "geshibai")
QINGDAO = os.path.join(EXAMPLES, "qingdao-cross-domain.xml")
U20000 = "\U00020000"  # 𠀀, CJK Extension B


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def cli_json(command, path, as_of):
    """The CLI's JSON for one input, or None when the CLI is not built."""
    if not os.access(CLI, os.X_OK):
        return None
    args = [CLI, command, "--format", "json"]
    if as_of:
        args += ["--as-of", as_of]
    out = subprocess.run(args + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         check=False)
    if out.returncode not in (0, 1):
        raise AssertionError("%s exited %d: %s" % (args, out.returncode, out.stderr.decode()))
    return json.loads(out.stdout.decode("utf-8"))


def resident_pages():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1])


class TestPolicy(unittest.TestCase):
    def test_version(self):
        self.assertEqual(geshibai.version(), geshibai.__version__)

    def test_policy_with_block(self):
        with geshibai.Policy() as p:
            self.assertEqual(p.id, "sd-2018-ge-shi-bai")
            self.assertIsNone(p.source)
        self.assertTrue(p.closed)

    def test_close_twice_raises(self):
        p = geshibai.Policy()
        p.close()
        with self.assertRaises(geshibai.ClosedError):
            p.close()

    def test_use_after_close_raises(self):
        p = geshibai.Policy()
        p.close()
        with self.assertRaises(geshibai.ClosedError):
            p.evaluate_file(QINGDAO)
        with self.assertRaises(geshibai.ClosedError):
            p.id

    def test_params_file(self):
        params = os.path.join(EXAMPLES, "params", "params-2019.xml")
        self.assertTrue(os.path.exists(params), params)
        with geshibai.Policy(params) as p:
            self.assertIsNotNone(p.source)
            p.evaluate_file(QINGDAO).close()

    def test_params_missing_file(self):
        with self.assertRaises(geshibai.IOError) as cm:
            geshibai.Policy("/nonexistent/params.xml")
        self.assertIsInstance(cm.exception, OSError)
        self.assertEqual(cm.exception.status, "GSB_EIO")


class TestEvaluate(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.policy = geshibai.Policy()

    @classmethod
    def tearDownClass(cls):
        cls.policy.close()

    def test_evaluate_file(self):
        with self.policy.evaluate_file(QINGDAO) as d:
            self.assertEqual(d.application, "QD-2019-007")
            self.assertEqual(d.as_of, datetime.date(2019, 6, 14))
            self.assertIs(d.outcome, geshibai.Outcome.ELIGIBLE)
            self.assertIs(d.tier, geshibai.Tier.CROSS_DOMAIN)
            self.assertIs(d.claimed_tier, geshibai.Tier.CROSS_DOMAIN)
            self.assertIs(d.relation, geshibai.Relation.MATCH)
            self.assertIsInstance(d.granted, decimal.Decimal)
            self.assertEqual(d.to_dict()["subsidy"]["granted"], str(d.granted))
            self.assertEqual(d.to_dict()["subsidy"]["grantedInWords"], d.granted_in_words)
            self.assertEqual(len(d.checks), len(d.to_dict()["eligibility"]["checks"]))
            self.assertEqual(set(d.instruments), set(geshibai.Instrument))
            self.assertTrue(d.to_xml().lstrip().startswith("<"))
            self.assertIn("QD-2019-007", d.to_text())
            self.assertTrue(d.tier.label("zh"))
            self.assertTrue(d.outcome.label("en"))

    def test_as_of_forms(self):
        a = self.policy.evaluate_file(QINGDAO, as_of="2020-01-02")
        b = self.policy.evaluate_file(QINGDAO, as_of=datetime.date(2020, 1, 2))
        self.assertEqual(a.to_dict(), b.to_dict())
        self.assertEqual(a.as_of, datetime.date(2020, 1, 2))

    def test_bad_as_of(self):
        with self.assertRaises(geshibai.InvalidArgument) as cm:
            self.policy.evaluate_file(QINGDAO, as_of="2019-02-30")
        self.assertIsInstance(cm.exception, ValueError)
        with self.assertRaises(geshibai.InvalidArgument):
            self.policy.evaluate_file(QINGDAO, as_of=20190101)

    def test_evaluate_xml_str_and_bytes(self):
        text = read(QINGDAO)
        a = self.policy.evaluate_xml(text).to_dict()
        b = self.policy.evaluate_xml(text.encode("utf-8")).to_dict()
        c = self.policy.evaluate_file(QINGDAO).to_dict()
        self.assertEqual(a, b)
        self.assertEqual(a, c)

    def test_missing_file(self):
        with self.assertRaises(geshibai.IOError) as cm:
            self.policy.evaluate_file("/nonexistent/app.xml")
        self.assertIsInstance(cm.exception, geshibai.Error)
        self.assertEqual(cm.exception.code, -4)

    def test_parse_error(self):
        with self.assertRaises(geshibai.ParseError) as cm:
            self.policy.evaluate_xml("<application xmlns='urn:geshibai:1'>")
        self.assertEqual(cm.exception.status, "GSB_EPARSE")

    def test_doctype_refused(self):
        xml = ('<?xml version="1.0"?>\n<!DOCTYPE application [<!ENTITY x "y">]>\n'
               '<application xmlns="urn:geshibai:1"><applicant/><platform/></application>')
        with self.assertRaises(geshibai.ParseError):
            self.policy.evaluate_xml(xml)

    def test_schema_error_has_line_and_element(self):
        xml = ('<application xmlns="urn:geshibai:1" id="X-1">\n'
               '  <applicant><division>12</division></applicant>\n  <platform/>\n'
               '</application>\n')
        with self.assertRaises(geshibai.SchemaError) as cm:
            self.policy.evaluate_xml(xml)
        e = cm.exception
        self.assertEqual(e.line, 2)
        self.assertIn("division", e.element or e.message)
        self.assertEqual(e.to_dict()["code"], "GSB_ESCHEMA")
        self.assertIn("division", str(e))

    def test_decision_close(self):
        d = self.policy.evaluate_file(QINGDAO)
        d.close()
        with self.assertRaises(geshibai.ClosedError):
            d.close()
        with self.assertRaises(geshibai.ClosedError):
            d.to_dict()
        with self.assertRaises(geshibai.ClosedError):
            d.tier
        self.assertIn("closed", repr(d))

    def test_decision_outlives_closed_policy(self):
        p = geshibai.Policy()
        d = p.evaluate_file(QINGDAO)
        p.close()
        self.assertEqual(d.application, "QD-2019-007")
        d.close()

    def test_u20000_round_trip(self):
        text = read(QINGDAO)
        text = text.replace('id="QD-2019-007"', 'id="QD-%s-007"' % U20000)
        start = text.index("<name>") + len("<name>")
        end = text.index("</name>", start)
        text = text[:start] + U20000 + "某某工业互联网有限公司" + text[end:]
        with self.policy.evaluate_xml(text) as d:
            self.assertEqual(d.application, "QD-%s-007" % U20000)
            self.assertEqual(d.to_dict()["application"], "QD-%s-007" % U20000)
            self.assertIn(U20000, d.to_text())
        # also through a file whose path holds it
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, U20000 + ".xml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            self.assertEqual(self.policy.evaluate_file(path).application, "QD-%s-007" % U20000)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text.replace("<division>", "<division>x"))
            with self.assertRaises(geshibai.SchemaError) as cm:
                self.policy.evaluate_file(path)
            self.assertEqual(cm.exception.file, path)
            self.assertEqual(cm.exception.application, "QD-%s-007" % U20000)
        m = geshibai.lookup_industry(U20000 + "科技")
        self.assertIsNone(m.industry)
        self.assertIn(U20000, m.normalised)

    def test_gil_released_threads(self):
        text = read(QINGDAO)
        results = []

        def work():
            for _ in range(20):
                results.append(self.policy.evaluate_xml(text).to_dict())

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(len(results), 80)
        self.assertTrue(all(r == results[0] for r in results))


class TestBatch(unittest.TestCase):
    def test_batch_examples(self):
        batch = os.path.join(EXAMPLES, "batch.xml")
        self.assertTrue(os.path.exists(batch), batch)
        with geshibai.Policy() as p, p.evaluate_batch(batch) as items:
            got = list(items)
            self.assertEqual(items.count, len(got))
            self.assertEqual(list(items), [])  # exhausted stays exhausted
        self.assertTrue(got)
        for item in got:
            self.assertIsInstance(item, (geshibai.Decision, geshibai.Error))

    def test_batch_with_errors(self):
        xml = ('<applications xmlns="urn:geshibai:1">\n'
               + read(QINGDAO).split("?>", 1)[-1].strip() + "\n"
               + '<application id="BAD-1"><applicant><division>1</division></applicant>'
               '<platform/></application>\n'
               + read(QINGDAO).split("?>", 1)[-1].strip() + "\n</applications>\n")
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "batch.xml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(xml)
            with geshibai.Policy() as p:
                items = list(p.evaluate_batch(path, as_of="2019-07-01"))
            self.assertEqual(len(items), 3)
            self.assertIsInstance(items[0], geshibai.Decision)
            self.assertIsInstance(items[1], geshibai.SchemaError)
            self.assertEqual(items[1].application, "BAD-1")
            self.assertIsInstance(items[2], geshibai.Decision)
            self.assertEqual(items[0].as_of, datetime.date(2019, 7, 1))
            expected = cli_json("evaluate", path, "2019-07-01")
            if expected is not None:
                got = [i.to_dict() for i in items]
                self.assertEqual(got, expected)

    def test_batch_missing_file_raises_at_once(self):
        with geshibai.Policy() as p:
            with self.assertRaises(geshibai.IOError):
                p.evaluate_batch("/nonexistent/batch.xml")

    def test_batch_keeps_policy_alive(self):
        p = geshibai.Policy()
        b = p.evaluate_batch(QINGDAO)
        p.close()  # freed once the batch is done with it
        with self.assertRaises(geshibai.ClosedError):
            p.evaluate_file(QINGDAO)
        got = list(b)
        self.assertEqual(len(got), 1)
        b.close()
        with self.assertRaises(geshibai.ClosedError):
            b.close()


class TestVocabulary(unittest.TestCase):
    def test_lookup_industry(self):
        m = geshibai.lookup_industry("高端装备")
        self.assertIs(m.industry, geshibai.Industry.HIGH_END_EQUIPMENT)
        self.assertEqual(m.industry.code, m.normalised)
        self.assertIsNone(geshibai.lookup_industry("纺织").industry)

    def test_validate_uscc(self):
        ok = geshibai.validate_uscc("91370200718018514D")
        self.assertTrue(ok)
        self.assertTrue(ok.valid)
        self.assertEqual(ok.division, "370200")
        bad = geshibai.validate_uscc("91370200718018514X")
        self.assertFalse(bad)
        self.assertTrue(bad.problem)
        self.assertFalse(geshibai.validate_uscc("short"))

    def test_amount_in_words(self):
        self.assertEqual(geshibai.amount_in_words("30000000"), "叁仟万元整")
        with self.assertRaises(geshibai.InvalidArgument):
            geshibai.amount_in_words("1.234")


class TestAgainstCli(unittest.TestCase):
    """to_dict() equals the CLI's JSON for every example and conformance case."""

    @staticmethod
    def inputs_examples():
        files = sorted(glob.glob(os.path.join(EXAMPLES, "*.xml")))
        files += sorted(glob.glob(os.path.join(EXAMPLES, "ledgers", "*.xml")))
        return [(f, None) for f in files if TestAgainstCli.root(f) in ("application", "ledger")]

    @staticmethod
    def root(path):
        with open(path, "rb") as f:
            head = f.read(800)
        return ("ledger" if b"<ledger" in head else
                "application" if b"<application" in head else None)

    @staticmethod
    def inputs_cases():
        manifest = os.path.join(CASES, "manifest.json")
        if not os.path.exists(manifest):
            return None
        with open(manifest, encoding="utf-8") as f:
            cases = json.load(f)
        return [(os.path.join(CASES, name), cases[name].get("asOf")) for name in sorted(cases)]

    @staticmethod
    def kind(path):
        return "audit" if TestAgainstCli.root(path) == "ledger" else "evaluate"

    def compare_all(self, inputs):
        self.assertTrue(os.access(CLI, os.X_OK), "cli/geshibai not built: " + CLI)
        with concurrent.futures.ThreadPoolExecutor(max(2, os.cpu_count() or 2)) as pool:
            expected = list(pool.map(lambda i: cli_json(self.kind(i[0]), *i), inputs))
        with geshibai.Policy() as p:
            for (path, as_of), want in zip(inputs, expected):
                with self.subTest(input=os.path.basename(path)):
                    try:
                        if self.kind(path) == "audit":
                            got = p.audit_file(path, as_of).to_dict()
                        elif isinstance(want, list):
                            got = [i.to_dict() for i in p.evaluate_batch(path, as_of)]
                        else:
                            got = p.evaluate_file(path, as_of).to_dict()
                    except geshibai.Error as e:
                        got = e.to_dict()
                    self.assertEqual(got, want, path)

    def test_examples(self):
        inputs = self.inputs_examples()
        self.assertTrue(inputs)
        self.compare_all(inputs)

    def test_conformance_cases(self):
        inputs = self.inputs_cases()
        if inputs is None:
            self.skipTest("no conformance cases at " + CASES)
        self.compare_all(inputs)


class TestLeaks(unittest.TestCase):
    """Repeated create/close keeps resident memory flat."""

    LOOPS = int(os.environ.get("GSB_LEAK_LOOPS", "100000"))

    def flat(self, step, loops):
        for _ in range(min(2000, loops // 10)):
            step()
        before = resident_pages()
        for _ in range(loops):
            step()
        grown_kib = (resident_pages() - before) * os.sysconf("SC_PAGE_SIZE") // 1024
        self.assertLess(grown_kib, 4096, "resident memory grew by %d KiB" % grown_kib)

    def test_policy_create_close(self):
        def step():
            geshibai.Policy().close()
        self.flat(step, self.LOOPS)

    def test_decision_create_close(self):
        with geshibai.Policy() as p:
            text = read(QINGDAO).encode("utf-8")

            def step():
                p.evaluate_xml(text).close()
            self.flat(step, self.LOOPS // 5)

    def test_batch_open_close(self):
        with geshibai.Policy() as p:
            def step():
                with p.evaluate_batch(QINGDAO) as b:
                    for d in b:
                        d.close()
            self.flat(step, self.LOOPS // 20)

    def test_errors_do_not_leak(self):
        with geshibai.Policy() as p:
            def step():
                try:
                    p.evaluate_xml("<application")
                except geshibai.ParseError:
                    pass
            self.flat(step, self.LOOPS // 5)


# ---------------------------------------------------------------- TAP output

class TapResult(unittest.TestResult):
    def __init__(self, stream):
        super().__init__()
        self.stream = stream
        self.n = 0

    def _line(self, ok, test, note=""):
        self.n += 1
        self.stream.write("%s %d - %s%s\n" % ("ok" if ok else "not ok", self.n, test.id(), note))
        self.stream.flush()

    def _diag(self, text):
        for line in text.rstrip().splitlines():
            self.stream.write("# %s\n" % line)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._line(True, test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._line(False, test)
        self._diag(self.failures[-1][1])

    def addError(self, test, err):
        super().addError(test, err)
        self._line(False, test)
        self._diag(self.errors[-1][1])

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._line(True, test, " # SKIP %s" % reason)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            self._line(False, subtest)
            self._diag(self._exc_info_to_string(err, subtest))


def main():
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    if "-k" in sys.argv:
        pattern = sys.argv[sys.argv.index("-k") + 1]
        suite = unittest.TestSuite(t for t in _flatten(suite) if pattern in t.id())
    result = TapResult(sys.stdout)
    suite.run(result)
    sys.stdout.write("1..%d\n" % result.n)
    return 0 if result.wasSuccessful() else 1


def _flatten(suite):
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            yield from _flatten(t)
        else:
            yield t


if __name__ == "__main__":
    sys.exit(main())
