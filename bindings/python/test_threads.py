#!/usr/bin/env python3
"""Stress tests of the Python binding's objects shared between threads and
closed while others use them (unittest, printed as TAP), and of the string
arguments it refuses (a NUL inside) or takes as they are (bytes and
os.PathLike file names, a name that is not UTF-8).

Every use of a shared object from any thread must give a result or a clear
exception (geshibai.ClosedError, an Error item), never a crash: run under
AddressSanitizer by .ci/sanitize.sh (stage pyasan). By hand:
    bindings/python/pyrun $SRCDIR/bindings/python/test_threads.py [-v]
Environment: GSB_SRCDIR (the source tree); GSB_STRESS_ROUNDS (default 20).
"""

import gc
import os
import pathlib
import sys
import tempfile
import threading
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
if sys.path and os.path.abspath(sys.path[0]) == HERE:
    del sys.path[0]

import geshibai  # noqa: E402

sys.path.append(HERE)
from test_geshibai import TapResult  # noqa: E402  (the TAP printer of the main suite)

SRCDIR = os.environ.get("GSB_SRCDIR") or os.path.normpath(os.path.join(HERE, "..", ".."))
EXAMPLES = os.path.join(SRCDIR, "examples")
QINGDAO = os.path.join(EXAMPLES, "qingdao-cross-domain.xml")
LEDGER = os.path.join(EXAMPLES, "ledgers", "misappropriation.xml")
ROUNDS = int(os.environ.get("GSB_STRESS_ROUNDS", "20"))
THREADS = 4


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def batch_text(n, bad_every=7):
    """A batch of n applications (copies of the Qingdao example with ids
    T-0..T-n-1); every bad_every-th one lacks its platform (an error item)."""
    body = read(QINGDAO).split("?>", 1)[-1].strip()
    body = body.replace(' xmlns="urn:geshibai:1"', "")
    parts = ['<applications xmlns="urn:geshibai:1">']
    for i in range(n):
        if bad_every and i % bad_every == bad_every - 1:
            parts.append('<application id="T-%d"><applicant><division>1</division>'
                         '</applicant><platform/></application>' % i)
        else:
            parts.append(body.replace('id="QD-2019-007"', 'id="T-%d"' % i, 1))
    parts.append("</applications>\n")
    return "\n".join(parts)


def run_threads(target, n=THREADS):
    """Run target(i) in n threads started together; re-raise the first
    unexpected exception of any of them."""
    failures = []
    start = threading.Barrier(n)

    def body(i):
        try:
            start.wait()
            target(i)
        except BaseException as e:  # noqa: B902 - reported to the test
            failures.append(e)

    threads = [threading.Thread(target=body, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failures:
        raise failures[0]


def item_id(item):
    return item.application


class SharedBatch(unittest.TestCase):
    N = 120

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.path = os.path.join(cls.tmp.name, "batch.xml")
        with open(cls.path, "w", encoding="utf-8") as f:
            f.write(batch_text(cls.N))
        cls.policy = geshibai.Policy()

    @classmethod
    def tearDownClass(cls):
        cls.policy.close()
        cls.tmp.cleanup()

    def test_threads_share_one_batch(self):
        """Each item goes to exactly one thread; none is lost or doubled."""
        for _ in range(ROUNDS):
            seen = [[] for _ in range(THREADS)]
            with self.policy.evaluate_batch(self.path, "2019-07-01") as b:
                def work(i):
                    for item in b:
                        seen[i].append(item_id(item))
                        if isinstance(item, geshibai.Decision):
                            item.close()
                run_threads(work)
                self.assertEqual(b.count, self.N)
            ids = sorted(x for s in seen for x in s)
            self.assertEqual(ids, sorted("T-%d" % i for i in range(self.N)))

    def test_close_while_others_iterate(self):
        """close() from one thread: the others stop with ClosedError."""
        for r in range(ROUNDS):
            b = self.policy.evaluate_batch(self.path, "2019-07-01")
            got = []
            ended = []

            def work(i):
                if i == 0:
                    for _ in range(r % 5):
                        next(b, None)
                    b.close()
                    return
                try:
                    for item in b:
                        got.append(item_id(item))
                    ended.append("stop")
                except geshibai.ClosedError:
                    ended.append("closed")
            run_threads(work)
            self.assertTrue(b.closed)
            self.assertEqual(len(ended), THREADS - 1)
            self.assertEqual(len(set(got)), len(got))  # nothing twice
            with self.assertRaises(geshibai.ClosedError):
                next(b)
            b.close()  # again: nothing

    def test_policy_closed_while_batches_run(self):
        """Closing the policy does not free it under running batches."""
        for _ in range(ROUNDS // 4 or 1):
            p = geshibai.Policy()
            batches = [p.evaluate_batch(self.path, "2019-07-01") for _ in range(THREADS - 1)]
            counts = []

            def work(i):
                if i == THREADS - 1:
                    p.close()
                    return
                n = 0
                with batches[i] as b:
                    for item in b:
                        n += 1
                counts.append(n)
            run_threads(work)
            self.assertEqual(counts, [self.N] * (THREADS - 1))
            with self.assertRaises(geshibai.ClosedError):
                p.evaluate_batch(self.path)


class SharedObjects(unittest.TestCase):
    def test_policy_closed_while_evaluating(self):
        text = read(QINGDAO).encode("utf-8")
        for _ in range(ROUNDS):
            p = geshibai.Policy()
            results = []

            def work(i):
                if i == 0:
                    p.close()
                    return
                for _ in range(10):
                    try:
                        d = p.evaluate_xml(text)
                    except geshibai.ClosedError:
                        results.append("closed")
                        return
                    results.append(d.granted)
                    d.close()
            run_threads(work)
            self.assertTrue(results)
            for r in results:
                self.assertIn(str(r), ("closed", "19205208.33"))

    def test_decision_closed_while_read(self):
        with geshibai.Policy() as p:
            for _ in range(ROUNDS):
                d = p.evaluate_file(QINGDAO)
                outcomes = []

                def work(i):
                    if i == 0:
                        d.close()
                        return
                    for _ in range(50):
                        try:
                            d.to_dict("en")
                            outcomes.append((d.tier.value, len(d.checks), str(d.granted)))
                        except geshibai.ClosedError:
                            outcomes.append("closed")
                            return
                run_threads(work)
                for o in outcomes:
                    if o != "closed":
                        self.assertEqual((o[0], o[2]), ("cross-domain", "19205208.33"))
                        self.assertGreater(o[1], 0)

    def test_decision_outlives_policy_and_collection(self):
        p = geshibai.Policy()
        d = p.evaluate_file(QINGDAO)
        b = p.evaluate_batch(QINGDAO)
        p.close()
        del p
        gc.collect()
        self.assertEqual(d.application, "QD-2019-007")
        items = list(b)
        del b
        gc.collect()
        self.assertEqual(items[0].granted, d.granted)
        # objects left to the collector in any order
        objs = [geshibai.Policy()]
        objs.append(objs[0].evaluate_file(QINGDAO))
        objs.append(objs[0].evaluate_batch(QINGDAO))
        objs.append(next(objs[2]))
        objs.append(objs[0].audit_file(LEDGER, "2020-01-01"))
        objs.append(objs[0].compare(geshibai.Policy(), [QINGDAO]))
        for order in ([0, 1, 2, 3, 4, 5], [5, 4, 3, 2, 1, 0], [2, 0, 3, 5, 1, 4]):
            keep = list(objs)
            for i in order:
                keep[i] = None
                gc.collect()
        del objs, keep
        gc.collect()

    def test_audit_whatif_review_shared(self):
        with geshibai.Policy() as p, geshibai.Policy() as q:
            for _ in range(ROUNDS // 2 or 1):
                a = p.audit_file(LEDGER, "2020-01-01")
                w = p.compare(q, [QINGDAO])
                r = geshibai.Review("T-1", "2019-06-01", p)
                won = []

                def work(i):
                    if i == 0:
                        a.close()
                        w.close()
                        return
                    try:
                        r.advance(geshibai.ReviewState.CITY_RECOMMENDED, "2019-06-02", "t%d" % i)
                        won.append(i)
                    except geshibai.StateError:
                        pass
                    for _ in range(20):
                        try:
                            a.flags
                            w.changes
                            a.to_json()
                        except geshibai.ClosedError:
                            break
                        self.assertEqual(r.state, geshibai.ReviewState.CITY_RECOMMENDED)
                run_threads(work)
                self.assertEqual(len(won), 1)
                self.assertEqual(len(r.history), 2)
                r.close()
                r.close()


class StringArguments(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.policy = geshibai.Policy()

    @classmethod
    def tearDownClass(cls):
        cls.policy.close()

    def test_nul_refused_not_truncated(self):
        p = self.policy
        # QINGDAO + "\0junk" would read QINGDAO if truncated
        for call in (lambda: p.evaluate_file(QINGDAO + "\0junk"),
                     lambda: p.evaluate_file(os.fsencode(QINGDAO) + b"\0junk"),
                     lambda: p.evaluate_batch(QINGDAO + "\0junk"),
                     lambda: p.audit_file(LEDGER + "\0junk"),
                     lambda: p.evaluate_file(QINGDAO, "2019-07-01\0junk"),
                     lambda: p.evaluate_xml(read(QINGDAO), "2019-07-01\0x"),
                     lambda: geshibai.Policy(QINGDAO + "\0x"),
                     lambda: geshibai.Review("A\0B", "2019-06-01", p),
                     lambda: geshibai.Review("A", "2019-06-01\0x", p)):
            with self.assertRaises(ValueError) as cm:
                call()
            self.assertIsInstance(cm.exception, geshibai.InvalidArgument)
            self.assertIn("NUL", str(cm.exception))
        with geshibai.Review("A", "2019-06-01", p) as r:
            with self.assertRaises(geshibai.InvalidArgument):
                r.advance(geshibai.ReviewState.CITY_RECOMMENDED, "2019-06-02", "note\0hidden")
            self.assertEqual(r.state, geshibai.ReviewState.SUBMITTED)

    def test_pathlike_and_bytes(self):
        d1 = self.policy.evaluate_file(pathlib.Path(QINGDAO))
        d2 = self.policy.evaluate_file(os.fsencode(QINGDAO))
        self.assertEqual(d1.to_dict(), d2.to_dict())
        self.assertEqual(len(list(self.policy.evaluate_batch(pathlib.Path(QINGDAO)))), 1)
        with self.assertRaises(geshibai.InvalidArgument):
            self.policy.evaluate_file(42)

    def test_name_not_utf8(self):
        with tempfile.TemporaryDirectory() as tmp:
            name = os.path.join(os.fsencode(tmp), b"\xff\xfe-qingdao.xml")
            with open(name, "wb") as f:
                f.write(read(QINGDAO).encode("utf-8"))
            d = self.policy.evaluate_file(name)
            self.assertEqual(d.application, "QD-2019-007")
            # the same name as str (surrogate escapes) is the same file
            self.assertEqual(self.policy.evaluate_file(os.fsdecode(name)).granted, d.granted)
            self.assertEqual(next(self.policy.evaluate_batch(name)).granted, d.granted)
            missing = os.path.join(os.fsencode(tmp), b"\xff-missing.xml")
            with self.assertRaises(geshibai.IOError) as cm:
                self.policy.evaluate_file(missing)
            self.assertEqual(os.fsencode(cm.exception.file), missing)


def main():
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    result = TapResult(sys.stdout)
    suite.run(result)
    sys.stdout.write("1..%d\n" % result.n)
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
