"""What the nothing-lost tests (tests/encodings.sh, tests/json_invariant.sh)
share: the entries a batch gives through the command and through the Python
and Java bindings' iterators, and the files `geshibai validate` calls valid.

An entry is ("dec", application id) for a decision, or ("err", application id
or None, line, message) for an error, in input order."""

import json
import os
import subprocess


def command_entries(cli, paths, threads, timeout=300):
    """Entries of `geshibai evaluate --threads THREADS --format json PATHS`,
    and the finished process (its exit status and standard error)."""
    p = subprocess.run([cli, "evaluate", "--threads", threads, "--format", "json"] + paths,
                       capture_output=True, timeout=timeout)
    try:
        entries = [("err", x.get("application"), x.get("line"), x["error"]) if "error" in x
                   else ("dec", x.get("application")) for x in json.loads(p.stdout.decode())]
    except (ValueError, UnicodeDecodeError, TypeError, AttributeError):
        entries = []
    return entries, p


def valid_files(cli, paths, timeout=300):
    """The paths `geshibai validate` (in English) calls valid."""
    p = subprocess.run([cli, "validate", "--lang", "en"] + paths, capture_output=True,
                       timeout=timeout)
    return set(l.rsplit(": valid", 1)[0] for l in p.stdout.decode("utf-8", "replace").splitlines()
               if l.endswith(": valid"))


_PY = ("import geshibai, sys\n"
       "policy = geshibai.Policy()\n"
       "for path in sys.argv[1:]:\n"
       "    for x in policy.evaluate_batch(path):\n"
       "        print(repr(('err', x.application, x.line, str(x)) if isinstance(x, Exception)"
       " else ('dec', x.application)))\n")


def python_entries(pyrun, paths, timeout=300):
    """Entries of Policy.evaluate_batch over PATHS, and the binding's standard
    error (the first 400 characters)."""
    p = subprocess.run([pyrun, "-c", _PY] + paths, capture_output=True, timeout=timeout)
    try:
        entries = [eval(l) for l in p.stdout.decode().splitlines()]
    except Exception:
        entries = []
    return entries, p.stderr.decode("utf-8", "replace")[:400]


def java_runner(builddir):
    """bindings/java/jrun when the Java binding and its test classes are
    built (BatchEntries among them), else None."""
    jrun = os.path.join(builddir, "bindings", "java", "jrun")
    probe = os.path.join(builddir, "bindings", "java", "test-classes", "org", "geshibai",
                         "BatchEntries.class")
    return jrun if os.access(jrun, os.X_OK) and os.path.exists(probe) else None


def java_entries(jrun, paths, timeout=300):
    """Entries of the Java binding's Batch over PATHS, all in one JVM
    (org.geshibai.BatchEntries), and its standard error (the first 400
    characters)."""
    p = subprocess.run([jrun, "org.geshibai.BatchEntries"] + paths, capture_output=True,
                       timeout=timeout)
    try:
        entries = [tuple(json.loads(l)) for l in p.stdout.decode("ascii").splitlines()]
    except (ValueError, UnicodeDecodeError):
        entries = []
    return entries, p.stderr.decode("utf-8", "replace")[:400]


def first_difference(mine, theirs):
    """None when two lists of entries agree in kind, application id and line
    (an error's line 0 or None: none), else the first that differs."""
    def key(e):
        return e[:2] if e[0] == "dec" else (e[0], e[1], e[2] or 0)
    for k, (a, b) in enumerate(zip(mine, theirs), 1):
        if key(a) != key(b):
            return "entry %d: %r, the command's %r" % (k, a, b)
    if len(mine) != len(theirs):
        return "%d entries, the command's %d" % (len(mine), len(theirs))
    return None


def check_java_batch(report, check_all, cli, paths, command_1):
    """The Java binding's iterator over PATHS, all files in one JVM: each
    entry as check_all wants it, and the same entries as the command's
    (command_1), in order, with their lines; a SKIP when the binding's tests
    are not built. report and check_all are the calling script's."""
    jrun = java_runner(os.path.dirname(os.path.dirname(os.path.abspath(cli))))
    if jrun is None:
        report(True, "# SKIP the Java binding's tests are not built")
        return
    entries, err = java_entries(jrun, paths)
    check_all("Java Batch", entries, err)
    problem = first_difference(entries, command_1)
    report(problem is None, "Java Batch: the command's entries, in order, with their lines",
           "%s\n%s" % (problem, err))
