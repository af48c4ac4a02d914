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
import io
import json
import os
import pickle
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

    def test_close_twice_does_nothing(self):
        p = geshibai.Policy()
        p.close()
        p.close()
        self.assertTrue(p.closed)
        with self.assertRaises(geshibai.ClosedError):
            p.id

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
            with p.evaluate_file(QINGDAO) as d:
                # the decision names the parameter set that decided it
                self.assertEqual(d.params, p.source)
                self.assertEqual(d.params_file, params)
                self.assertEqual(d.to_record()["params"], p.source)
                self.assertEqual(d.to_dict()["paramsFile"], params)
                self.assertEqual(pickle.loads(pickle.dumps(d)).params, p.source)
        with geshibai.Policy() as p, p.evaluate_file(QINGDAO) as d:
            self.assertIsNone(d.params)
            self.assertIsNone(d.to_record()["params_file"])

    def test_audit_names_its_params(self):
        params = os.path.join(EXAMPLES, "params", "params-2019.xml")
        ledger = os.path.join(EXAMPLES, "ledgers", "withholding.xml")
        with geshibai.Policy(params) as p, p.audit_file(ledger) as a:
            self.assertEqual(a.policy, p.id)
            self.assertEqual(a.params, p.source)
            self.assertEqual(a.params_file, params)
            self.assertEqual((a.to_dict()["params"], a.to_dict()["paramsFile"]), (p.source, params))
            self.assertIn('params="%s" paramsFile="%s"' % (p.source, params), a.to_xml())
        with geshibai.Policy() as p, p.audit_file(ledger) as a:
            self.assertEqual(a.policy, "sd-2018-ge-shi-bai")
            self.assertIsNone(a.params)
            self.assertIsNone(a.params_file)
            self.assertNotIn("params", a.to_dict())

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
        b.close()
        with self.assertRaises(geshibai.ClosedError):
            next(b)


PANDAS_CHECK = r"""
import decimal, sys, geshibai
with geshibai.Policy() as p:
    items = list(p.evaluate_batch(sys.argv[1], as_of="2019-07-01"))
df = geshibai.to_dataframe(items, lang="en")
assert len(df) == len(items), (len(df), len(items))
by_city = df.groupby("city")["granted"].sum()
for city, total in by_city.items():
    want = sum((d.granted for d in items if isinstance(d, geshibai.Decision) and d.city == city),
               decimal.Decimal("0.00"))
    assert isinstance(total, decimal.Decimal) and total == want, (city, total, want)
per_industry = df.explode("industries").groupby("industries")["granted"].sum()
assert per_industry["high-end-equipment"] > 0, per_industry
assert df["eligible"].dtype == bool, df["eligible"].dtype
pot = df[df["potential_granted"].notna()]
assert len(pot) >= 1 and all(isinstance(v, decimal.Decimal) for v in pot["potential_granted"]), pot
assert set(pot["application"]) == {d.application for d in items
                                   if isinstance(d, geshibai.Decision) and d.potential}, pot
print("pandas round trip: %d rows, %d cities" % (len(df), len(by_city)))
"""


class TestData(unittest.TestCase):
    """What a decision tells of its applicant, typed records, pickling,
    DataFrames, parameters, file errors."""

    @classmethod
    def setUpClass(cls):
        cls.policy = geshibai.Policy()

    @classmethod
    def tearDownClass(cls):
        cls.policy.close()

    def test_applicant_facts(self):
        d = self.policy.evaluate_file(QINGDAO)
        self.assertEqual(d.applicant_name, "青岛海纳工业互联网有限公司")
        self.assertEqual(d.credit_code, "91370200718018514D")
        self.assertEqual(d.division, "370212")
        self.assertEqual(d.city, "3702")
        self.assertEqual(d.city_label("zh"), "青岛")
        self.assertEqual(d.city_label("en"), "Qingdao")
        # 高端装备 is a name of one of the ten, 纺织 of none
        self.assertEqual(d.industries, ["high-end-equipment", "new-generation-it", "other"])
        self.assertEqual(d.platform_name, "海纳云工业互联网平台")
        for b in self.policy.evaluate_batch(os.path.join(EXAMPLES, "batch.xml")):
            self.assertTrue(b.city.startswith("37"), b.city)
            self.assertTrue(b.applicant_name)

    def test_laiwu_city_by_date(self):
        text = read(QINGDAO).replace("<division>370212</division>",
                                     "<division>371202</division>")
        self.assertIn("371202", text)
        before = self.policy.evaluate_xml(text, "2018-12-31")
        after = self.policy.evaluate_xml(text, "2019-01-09")
        self.assertEqual((before.city, before.city_label("zh")), ("3712", "莱芜"))
        self.assertEqual((after.city, after.city_label("zh")), ("3701", "济南"))
        self.assertEqual(after.to_record("zh")["city_name"], "济南")

    def test_record_typed(self):
        d = self.policy.evaluate_file(QINGDAO)
        r = d.to_record()
        self.assertIsInstance(r["granted"], decimal.Decimal)
        self.assertEqual(r["granted"], decimal.Decimal("19205208.33"))
        self.assertEqual(r["granted"], d.granted)
        self.assertEqual(r["award_granted"] + r["equity_granted"]
                         + r["interest_subsidy_granted"], r["granted"])
        self.assertIsInstance(r["kpis"], int)
        self.assertIs(r["eligible"], True)
        self.assertEqual(r["as_of"], datetime.date(2019, 6, 14))
        checks = {k: v for k, v in r.items() if k.startswith("check.")}
        self.assertEqual(len(checks), len(d.checks))
        self.assertTrue(all(v is True for v in checks.values()))
        self.assertIs(r["criterion.comprehensive"], False)
        incomplete = self.policy.evaluate_file(os.path.join(EXAMPLES, "weifang-incomplete.xml"))
        values = incomplete.to_record().values()
        self.assertTrue(any(v is None for v in values))  # unknown stays None
        self.assertEqual(d.to_dict(), json.loads(d.to_json()))  # to_dict unchanged

    def test_relevance(self):
        wf = self.policy.evaluate_file(os.path.join(EXAMPLES, "weifang-incomplete.xml"))
        for lang in ("zh", "en"):
            rel = wf.to_dict(lang)["relevance"]
            self.assertEqual([n.to_dict() for n in wf.needs_in(lang)], rel["needs"])
            want = rel["potential"]
            self.assertEqual(wf.potential, geshibai.Potential(
                geshibai.Outcome(want["outcome"]), geshibai.Tier(want["tier"]),
                decimal.Decimal(want["granted"])))
        first = wf.needs[0]
        self.assertEqual((first.fact, first.value, first.for_, first.provision),
                         ("applicant/capable", "true", ("applicant.capable",), "3.2.1"))
        self.assertEqual(wf.needs_in("zh")[0].label, "申报单位具有承担项目建设的相应能力")
        self.assertIs(wf.potential.outcome, geshibai.Outcome.ELIGIBLE)
        self.assertIsInstance(wf.potential.granted, decimal.Decimal)
        self.assertEqual(str(wf.potential.granted), "6000000.00")
        r = wf.to_record()
        self.assertEqual((r["needs"], r["potential_outcome"], r["potential_granted"]),
                         (len(wf.needs), "eligible", decimal.Decimal("6000000.00")))
        import pickle
        restored = pickle.loads(pickle.dumps(wf))
        self.assertEqual((restored.needs_in("en"), restored.potential), (wf.needs_in("en"), wf.potential))
        # a decision that lacks nothing: no needs, no potential
        qd = self.policy.evaluate_file(QINGDAO)
        self.assertEqual((qd.needs, qd.potential), ([], None))
        self.assertEqual((qd.to_record()["potential_granted"], qd.to_record()["needs"]), (None, 0))
        with self.assertRaises(geshibai.InvalidArgument):
            wf.needs_in("fr")
        wf.close()
        with self.assertRaises(geshibai.ClosedError):
            wf.potential
        with self.assertRaises(geshibai.ClosedError):
            wf.needs

    def test_pickle(self):
        import multiprocessing
        import pickle
        d = self.policy.evaluate_file(QINGDAO)
        r = pickle.loads(pickle.dumps(d))
        self.assertIsInstance(r, geshibai.Decision)
        for lang in ("zh", "en"):
            self.assertEqual(r.to_dict(lang), d.to_dict(lang))
            self.assertEqual(r.to_xml(lang), d.to_xml(lang))
            self.assertEqual(r.to_record(lang), d.to_record(lang))
        for name in ("application", "applicant_name", "city", "industries", "outcome", "tier",
                     "granted", "instruments", "checks", "criteria", "missing", "kpis",
                     "granted_in_words", "relation", "as_of"):
            self.assertEqual(getattr(r, name), getattr(d, name), name)
        self.assertEqual(pickle.loads(pickle.dumps(r)).to_json(), d.to_json())
        r.close()
        with self.assertRaises(geshibai.ClosedError):
            r.granted
        with multiprocessing.get_context("fork").Pool(2) as pool:
            got = pool.map(pickle.dumps, [1])
        self.assertEqual(len(got), 1)

    def test_dataframe(self):
        batch = os.path.join(EXAMPLES, "batch.xml")
        try:
            import pandas  # noqa: F401
        except ImportError:
            pandas = None
        if pandas is not None:
            out = subprocess.run([sys.executable, "-c", PANDAS_CHECK, batch],
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, check=False)
        else:
            # the interpreter the binding was built for lacks pandas; the
            # system's python3 (Debian python3-pandas) of the same version
            # loads the same extension
            system = "/usr/bin/python3"
            probe = subprocess.run([system, "-c", "import pandas, sys; print(sys.version_info[:2])"],
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False)
            if probe.returncode != 0 or probe.stdout.decode().strip() != str(sys.version_info[:2]):
                self.skipTest("pandas is not installed for this Python (Debian: python3-pandas)")
            out = subprocess.run([system, "-c", PANDAS_CHECK, batch], stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, check=False, env=dict(os.environ))
        self.assertEqual(out.returncode, 0, out.stdout.decode())
        self.assertIn("pandas round trip", out.stdout.decode())

    def test_params(self):
        params = self.policy.params
        cap = params["award.cap"]
        self.assertEqual(cap.type, "money")
        self.assertEqual(cap.value, "10000000.00")
        self.assertTrue(cap.provision)
        self.assertTrue(cap.reference)
        with geshibai.Policy(os.path.join(EXAMPLES, "params", "params-2019.xml")) as p:
            changed = [(n, q.reference) for n, q in p.params_on("2019-07-01").items()
                       if q.value != self.policy.params_on("2019-07-01")[n].value]
        self.assertTrue(changed)
        for name, ref in changed:
            self.assertTrue(ref, name)

    def test_file_errors(self):
        with self.assertRaises(FileNotFoundError) as cm:
            self.policy.evaluate_file("/nonexistent/app.xml")
        self.assertIsInstance(cm.exception, geshibai.IOError)
        self.assertEqual(cm.exception.filename, "/nonexistent/app.xml")
        with self.assertRaises(FileNotFoundError):
            self.policy.evaluate_batch("/nonexistent/batch.xml")
        if os.geteuid() != 0:
            with tempfile.TemporaryDirectory() as tmp:
                path = os.path.join(tmp, "locked.xml")
                with open(path, "w") as f:
                    f.write(read(QINGDAO))
                os.chmod(path, 0)
                with self.assertRaises(PermissionError):
                    self.policy.evaluate_file(path)
        with self.assertRaises(geshibai.ParseError) as cm:
            self.policy.evaluate_xml("<application")
        self.assertNotIsInstance(cm.exception, OSError)

    def test_evaluate_many_sources(self):
        batch = os.path.join(EXAMPLES, "batch.xml")
        one = [d.to_dict() for d in self.policy.evaluate_batch(batch)]
        two = [d.to_dict() for d in self.policy.evaluate_many([batch, QINGDAO])]
        self.assertEqual(two, one + [self.policy.evaluate_file(QINGDAO).to_dict()])
        with open(batch, "rb") as f:
            self.assertEqual([d.to_dict() for d in self.policy.evaluate_batch(f)], one)
        with self.assertRaises(geshibai.InvalidArgument):
            list(self.policy.evaluate_many([42]))

    def _command_json(self, *paths):
        out = subprocess.run([os.path.join(BUILDDIR, "cli", "geshibai"), "evaluate", "--format",
                              "json", "--lang", "en", *paths], capture_output=True, check=False)
        self.assertIn(out.returncode, (0, 1), out.stderr)
        return json.loads(out.stdout)

    def test_json_data_equals_the_command(self):
        # every JSON example as a dict decides as the command decides its file
        files = sorted(glob.glob(os.path.join(EXAMPLES, "json", "*.json")))
        singles = [f for f in files if not os.path.basename(f).startswith("batch")]
        self.assertGreaterEqual(len(singles), 8)
        for path in singles:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            with self.policy.evaluate(data) as d:
                self.assertEqual(d.to_dict(lang="en"), self._command_json(path), path)
        # a batch: an iterable of dicts, the path, JSON Lines, an open file
        # (through its descriptor) and a file object without one
        batch = os.path.join(EXAMPLES, "json", "batch.json")
        want = self._command_json(batch)
        with open(batch, encoding="utf-8") as f:
            dicts = json.load(f)
        def got(source):
            return [d.to_dict(lang="en") for d in self.policy.evaluate_many(iter(source))
                    ] if isinstance(source, list) else [
                    d.to_dict(lang="en") for d in self.policy.evaluate_many(source)]
        self.assertEqual(got(dicts), want)
        self.assertEqual(got(batch), want)
        self.assertEqual(got(os.path.join(EXAMPLES, "json", "batch.jsonl")), want)
        with open(batch, "rb") as f:
            self.assertEqual(got(f), want)
        with open(batch, "rb") as f:
            self.assertEqual(got(io.BytesIO(f.read())), want)
        with open(batch, encoding="utf-8") as f:
            self.assertEqual(got(io.StringIO(f.read())), want)
        # a pipe has a descriptor but no path: read through the descriptor
        r, w = os.pipe()
        with open(batch, "rb") as f:
            data = f.read()
        writer = threading.Thread(target=lambda: (os.write(w, data), os.close(w)))
        writer.start()
        with os.fdopen(r, "rb") as pipe:
            self.assertEqual(got(pipe), want)
        writer.join()

    def test_docstrings_plain(self):
        import re
        for name in geshibai.__all__:
            obj = getattr(geshibai, name)
            docs = [obj.__doc__ or ""]
            for attr in vars(obj).values() if isinstance(obj, type) else ():
                docs.append(getattr(attr, "__doc__", None) or "")
            for doc in docs:
                self.assertIsNone(re.search(r"issue \d|rules\.md|formats\.md|\.\./shared", doc),
                                  "%s: %s" % (name, doc[:80]))


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

    def test_default_lang_is_the_commands(self):
        # one rule, the library's: the binding, its reports and the command
        # choose the same language from the same environment
        names = ("LC_ALL", "LC_MESSAGES", "LANG")
        saved = {v: os.environ.get(v) for v in names}
        cases = [({}, "en"), ({"LANG": "zh_CN.UTF-8"}, "zh"),
                 ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
                 ({"LC_ALL": "", "LC_MESSAGES": "zh_TW.UTF-8", "LANG": "C"}, "zh"),
                 ({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, "en")]
        try:
            with geshibai.Policy() as p, p.evaluate_file(QINGDAO) as d:
                for env, want in cases:
                    with self.subTest(env=env):
                        for v in names:
                            os.environ.pop(v, None)
                        os.environ.update(env)
                        self.assertEqual(geshibai.default_lang(), want)
                        self.assertEqual(d.to_text(), d.to_text(want))
                        out = subprocess.run([CLI, "uscc", "91370200718018514X"],
                                             stdout=subprocess.PIPE, check=False).stdout
                        self.assertIn("无效" if want == "zh" else "invalid",
                                      out.decode("utf-8"))
        finally:
            for v, value in saved.items():
                if value is None:
                    os.environ.pop(v, None)
                else:
                    os.environ[v] = value
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


# ---------------------------------------------------------------- issue 7

CAP_5M = os.path.join(SRCDIR, "tests", "data", "params-cap-5m.xml")
BAD_MIDDLE = os.path.join(SRCDIR, "tests", "data", "batch-bad-middle.xml")


def example_files():
    """The application and batch examples (what `geshibai compare` is given in the docs)."""
    files = sorted(glob.glob(os.path.join(EXAMPLES, "*.xml")))
    if not files:
        raise AssertionError("no examples at " + EXAMPLES)
    return files


def cli_run(args):
    """Run the CLI; its standard output (exit status 0 or 1)."""
    if not os.access(CLI, os.X_OK):
        raise AssertionError("cli/geshibai not built: " + CLI)
    out = subprocess.run([CLI] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         check=False)
    if out.returncode not in (0, 1, 3):
        raise AssertionError("%s exited %d: %s" % (args, out.returncode, out.stderr.decode()))
    return out.stdout.decode("utf-8")


S = geshibai.ReviewState
# docs/rules.md §9: the allowed transitions.
ALLOWED = {
    S.SUBMITTED: {S.CITY_RECOMMENDED, S.CITY_REJECTED, S.WITHDRAWN},
    S.CITY_RECOMMENDED: {S.TASK_FORCE_REVIEWED, S.TASK_FORCE_REJECTED, S.WITHDRAWN},
    S.CITY_REJECTED: {S.WITHDRAWN},
    S.TASK_FORCE_REVIEWED: {S.EXPERT_REVIEWED, S.WITHDRAWN},
    S.EXPERT_REVIEWED: {S.SELECTED, S.NOT_SELECTED, S.WITHDRAWN},
    S.SELECTED: {S.PUBLICISED, S.WITHDRAWN},
    S.NOT_SELECTED: {S.WITHDRAWN},
    S.PUBLICISED: {S.DISBURSED, S.OBJECTION_UPHELD, S.PUBLICISED, S.WITHDRAWN},
    S.DISBURSED: set(),
    S.WITHDRAWN: set(),
    S.TASK_FORCE_REJECTED: {S.WITHDRAWN},
    S.OBJECTION_UPHELD: {S.WITHDRAWN},
}
# A way to each state from submission.
PATH = {
    S.SUBMITTED: [],
    S.CITY_RECOMMENDED: [S.CITY_RECOMMENDED],
    S.CITY_REJECTED: [S.CITY_REJECTED],
    S.TASK_FORCE_REVIEWED: [S.CITY_RECOMMENDED, S.TASK_FORCE_REVIEWED],
    S.EXPERT_REVIEWED: [S.CITY_RECOMMENDED, S.TASK_FORCE_REVIEWED, S.EXPERT_REVIEWED],
    S.SELECTED: [S.CITY_RECOMMENDED, S.TASK_FORCE_REVIEWED, S.EXPERT_REVIEWED, S.SELECTED],
    S.NOT_SELECTED: [S.CITY_RECOMMENDED, S.TASK_FORCE_REVIEWED, S.EXPERT_REVIEWED,
                     S.NOT_SELECTED],
    S.PUBLICISED: [S.CITY_RECOMMENDED, S.TASK_FORCE_REVIEWED, S.EXPERT_REVIEWED, S.SELECTED,
                   S.PUBLICISED],
    S.DISBURSED: [S.CITY_RECOMMENDED, S.TASK_FORCE_REVIEWED, S.EXPERT_REVIEWED, S.SELECTED,
                  S.PUBLICISED, S.DISBURSED],
    S.WITHDRAWN: [S.WITHDRAWN],
    S.TASK_FORCE_REJECTED: [S.CITY_RECOMMENDED, S.TASK_FORCE_REJECTED],
    S.OBJECTION_UPHELD: [S.CITY_RECOMMENDED, S.TASK_FORCE_REVIEWED, S.EXPERT_REVIEWED,
                         S.SELECTED, S.PUBLICISED, S.OBJECTION_UPHELD],
}


class TestReview(unittest.TestCase):
    """The review procedure of 5.2 (docs/rules.md §9) from Python."""

    START = datetime.date(2019, 6, 1)

    def record_in(self, state, policy):
        r = geshibai.Review("APP-%s" % state.value, self.START, policy)
        day = self.START
        for st in PATH[state]:
            # past any publicity period, but an objection inside it
            day += datetime.timedelta(days=1 if st is S.OBJECTION_UPHELD else 10)
            r.advance(st, day, "→ " + st.value)
        self.assertIs(r.state, state)
        return r, day

    def test_every_transition(self):
        with geshibai.Policy() as p:
            for frm in S:
                for to in S:
                    with self.subTest(frm=frm.value, to=to.value):
                        self.assertEqual(frm.allows(to), to in ALLOWED[frm])
                        with self.record_in(frm, p)[0] as r:
                            n = len(r.history)
                            # an objection is decided inside the publicity period
                            objection = frm is S.PUBLICISED and to in (S.OBJECTION_UPHELD,
                                                                       S.PUBLICISED)
                            later = r.date + datetime.timedelta(days=1 if objection else 30)
                            if to in ALLOWED[frm]:
                                r.advance(to, later, "异议不成立" if objection else None)
                                self.assertIs(r.state, to)
                                self.assertEqual(r.date, later)
                                self.assertEqual(len(r.history), n + 1)
                            else:
                                with self.assertRaises(geshibai.StateError) as cm:
                                    r.advance(to, later)
                                self.assertEqual(cm.exception.status, "GSB_ESTATE")
                                self.assertIn(frm.value, str(cm.exception))
                                self.assertIn(to.value, str(cm.exception))
                                self.assertIs(r.state, frm)  # unchanged
                                self.assertEqual(len(r.history), n)

    def test_disbursed_refused_within_publicity_period(self):
        with geshibai.Policy() as p, geshibai.Review("QD-1", "2019-06-14", p) as r:
            for st, day in ((S.CITY_RECOMMENDED, "2019-06-28"),
                            (S.TASK_FORCE_REVIEWED, "2019-07-15"),
                            (S.EXPERT_REVIEWED, "2019-08-02"), (S.SELECTED, "2019-08-16"),
                            (S.PUBLICISED, "2019-08-19")):
                r.advance(st, day)
            self.assertEqual(r.disbursable_from, datetime.date(2019, 8, 24))
            for day in ("2019-08-19", "2019-08-23"):
                with self.assertRaises(geshibai.StateError) as cm:
                    r.advance("disbursed", day)
                self.assertIn("from publicised to disbursed", str(cm.exception))
                self.assertIn("2019-08-24", str(cm.exception))
                self.assertIs(r.state, S.PUBLICISED)
            r.advance(S.DISBURSED, datetime.date(2019, 8, 24), "拨付 𠀀")
            self.assertIs(r.state, S.DISBURSED)
            self.assertEqual(r.history[-1],
                             geshibai.HistoryEntry(S.DISBURSED, datetime.date(2019, 8, 24),
                                                   "拨付 𠀀"))

    def test_date_backwards_and_bad_arguments(self):
        with geshibai.Review("X-1", "2019-06-01") as r:
            with self.assertRaises(geshibai.InvalidArgument):
                r.advance(S.CITY_RECOMMENDED, "2019-05-31")
            with self.assertRaises(ValueError):
                r.advance("no-such-state", "2019-06-02")
            with self.assertRaises(geshibai.InvalidArgument):
                r.advance(S.CITY_RECOMMENDED, None)
            with self.assertRaises(geshibai.StateError):
                r.disbursable_from
        with self.assertRaises(geshibai.InvalidArgument):
            geshibai.Review("", "2019-06-01")

    def test_xml_round_trip_and_example(self):
        path = os.path.join(EXAMPLES, "review", "review-QD-2019-007.xml")
        with geshibai.Review.read_file(path) as r:
            self.assertEqual(r.application, "QD-2019-007")
            self.assertIs(r.state, S.DISBURSED)
            self.assertEqual(r.date, datetime.date(2019, 9, 5))
            self.assertEqual([h.state for h in r.history], [S.SUBMITTED] + PATH[S.DISBURSED])
            self.assertEqual(r.history[3].note, "专家评审得分 88.5")
            xml = r.to_xml()
        with geshibai.Review.read_xml(xml) as again:
            self.assertEqual(again.to_xml(), xml)
        # a stored record that breaks the procedure is refused
        bad = xml.replace('state="publicised" date="2019-08-19"',
                          'state="publicised" date="2019-09-03"')
        with self.assertRaises(geshibai.InputError):
            geshibai.Review.read_xml(bad)

    def test_closed(self):
        r = geshibai.Review("X-2", "2019-06-01")
        r.close()
        with self.assertRaises(geshibai.ClosedError):
            r.state
        with self.assertRaises(geshibai.ClosedError):
            r.advance(S.WITHDRAWN, "2019-06-02")
        r.close()

    def test_labels(self):
        self.assertEqual(S.PUBLICISED.label("zh"), "公示")
        self.assertEqual(S.DISBURSED.label("zh"), "拨付奖励资金")


class TestWhatIf(unittest.TestCase):
    """Policy.compare: the examples under the built-in guide and a cap of 5,000,000."""

    def test_cap_5m_on_examples(self):
        files = example_files()
        want = json.loads(cli_run(["compare", "--params", "default", "--params", CAP_5M,
                                   "--format", "json", "--lang", "en"] + files))
        with geshibai.Policy() as a, geshibai.Policy(CAP_5M) as b:
            with a.compare(b, files) as w:
                self.assertEqual(w.to_dict("en"), want)
                # exact totals, in fen, as the CLI's decimal strings
                self.assertEqual(w.total_a, decimal.Decimal(want["totalA"]))
                self.assertEqual(w.total_b, decimal.Decimal(want["totalB"]))
                self.assertEqual(w.total_a, decimal.Decimal("79027291.66"))
                self.assertEqual(w.total_b, decimal.Decimal("67705208.33"))
                self.assertEqual(w.difference, decimal.Decimal("-11322083.33"))
                self.assertEqual(w.count, want["applications"])
                self.assertEqual(w.error_count, 0)
                changes = w.changes
                self.assertEqual([c.application for c in changes],
                                 [c["application"] for c in want["changes"]])
                for c, wc in zip(changes, want["changes"]):
                    self.assertEqual(sorted(c.what), sorted(wc["changed"]))
                    for side, ws in ((c.a, wc["a"]), (c.b, wc["b"])):
                        self.assertEqual(side.outcome.value, ws["outcome"])
                        self.assertEqual(side.tier.value, ws["tier"])
                        self.assertEqual(side.granted, decimal.Decimal(ws["granted"]))
                    self.assertEqual(c.b.cap, decimal.Decimal("5000000.00"))
                    self.assertEqual(c.difference, decimal.Decimal(wc["difference"]))
                self.assertEqual(sum((c.difference for c in changes), decimal.Decimal(0)),
                                 w.difference)
                self.assertEqual(w.to_text("en"), cli_run(
                    ["compare", "--params", "default", "--params", CAP_5M, "--lang", "en"]
                    + files))

    def test_same_policy_changes_nothing(self):
        with geshibai.Policy() as p, p.compare(p, QINGDAO, as_of="2019-07-01") as w:
            self.assertEqual(w.changes, [])
            self.assertEqual(w.total_a, w.total_b)
            self.assertEqual(w.count, 1)

    def test_errors_listed_as_the_cli_does(self):
        files = [os.path.join(EXAMPLES, "batch.xml"), BAD_MIDDLE,
                 os.path.join(BUILDDIR, "no-such-file.xml")]
        want = json.loads(cli_run(["compare", "--params", "default", "--params", CAP_5M,
                                   "--format", "json", "--lang", "en"] + files))
        with geshibai.Policy() as a, geshibai.Policy(CAP_5M) as b, a.compare(b, files) as w:
            self.assertEqual(w.to_dict("en"), want)
            self.assertGreater(w.error_count, 1)

    def test_keeps_policies_alive(self):
        a, b = geshibai.Policy(), geshibai.Policy(CAP_5M)
        w = a.compare(b, [QINGDAO])
        a.close()
        b.close()
        self.assertEqual(w.to_dict("en")["applications"], 1)
        w.close()
        with self.assertRaises(geshibai.ClosedError):
            w.total_a
        with self.assertRaises(geshibai.ClosedError):
            a.compare(b, [QINGDAO])

    def test_bad_arguments(self):
        with geshibai.Policy() as p:
            with self.assertRaises(geshibai.InvalidArgument):
                p.compare(None, [QINGDAO])
            with self.assertRaises(geshibai.InvalidArgument):
                p.compare(p, [])
            with self.assertRaises(geshibai.InvalidArgument):
                p.compare(p, [QINGDAO], as_of="2019-02-30")


class TestProgrammeReport(unittest.TestCase):
    """Policy.programme_report: the page `geshibai report` writes."""

    def test_report_equals_cli(self):
        files = example_files()
        with geshibai.Policy() as p, tempfile.TemporaryDirectory() as tmp:
            for lang in ("zh", "en"):
                with self.subTest(lang=lang):
                    out = os.path.join(tmp, "cli-%s.html" % lang)
                    cli_run(["report", "--html", out, "--lang", lang] + files)
                    mine = os.path.join(tmp, "py-%s.html" % lang)
                    page = p.programme_report(files, lang=lang, html=mine)
                    self.assertEqual(page, read(out))
                    self.assertEqual(read(mine), page)

    def test_tier_counts(self):
        import re
        with geshibai.Policy() as p:
            page = p.programme_report(example_files())
        self.assertIn('lang="zh', page)

        def attrs(ident):
            m = re.search(r'<[^>]*\bid="%s"[^>]*>' % re.escape(ident), page)
            self.assertIsNotNone(m, ident)
            return dict(re.findall(r'data-([a-z-]+)="([^"]*)"', m.group(0)))
        self.assertEqual(attrs("tier-comprehensive"),
                         {"tier": "comprehensive", "recognised": "1", "target": "1", "met": "true"})
        self.assertEqual(attrs("tier-cross-domain")["recognised"], "3")
        self.assertEqual(attrs("tier-cross-domain")["met"], "false")
        self.assertEqual(attrs("tier-enterprise")["recognised"], "3")
        self.assertEqual(attrs("tier-enterprise")["target"], "100")
        self.assertEqual(attrs("total-granted")["fen"], "7902729166")

    def test_as_of_errors_and_defaults(self):
        files = [os.path.join(EXAMPLES, "batch.xml"), BAD_MIDDLE]
        with geshibai.Policy() as p, tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "cli.html")
            cli_run(["report", "--html", out, "--as-of", "2019-12-31"] + files)
            self.assertEqual(p.programme_report(files, as_of=datetime.date(2019, 12, 31)),
                             read(out))
            with self.assertRaises(geshibai.InvalidArgument):
                p.programme_report(files, lang="fr")
            with self.assertRaises(geshibai.InvalidArgument):
                p.programme_report([])


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

    def test_review_create_close(self):
        with geshibai.Policy() as p:
            def step():
                with geshibai.Review("APP-1", "2019-06-01", p) as r:
                    r.advance(geshibai.ReviewState.CITY_RECOMMENDED, "2019-06-02", "note")
                    try:
                        r.advance(geshibai.ReviewState.DISBURSED, "2019-06-03")
                    except geshibai.StateError:
                        pass
                    r.to_xml()
            self.flat(step, self.LOOPS // 5)

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
