#!/bin/sh
# The batch invariant for JSON (issue 13, docs/security.md), the twin of
# tests/encodings.sh for XML: over a generated corpus of JSON Lines and JSON
# arrays (one application a line, and spread over lines) x every broken kind
# x position in the batch, through the command (--threads 1 and 2),
# `validate` and the Python and Java batch iterators (Java's entries equal
# the command's, lines included): entries = applications, in
# order, each broken one an error entry in its place with its line and id,
# the others decided; exit 1; nothing of yajl's own text. A syntax error in
# an array costs its element alone (docs/json.md, "Batches": the elements
# are told by a scanner of the raw bytes); an empty element (a ',' too many)
# is an element, refused.
# Environment: GSB_BUILDDIR, GSB_SRCDIR. TAP.

builddir=${GSB_BUILDDIR:-.}
cli="$builddir/cli/geshibai"
pyrun="$builddir/bindings/python/pyrun"
LC_ALL=C
export LC_ALL
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gsb-json-inv.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
python_binding=no
[ -x "$pyrun" ] && "$pyrun" -c 'import geshibai' >/dev/null 2>&1 && python_binding=yes

exec python3 - "$tmp" "$cli" "$python_binding" "$pyrun" "${GSB_SRCDIR:-.}" <<'PY'
import os, subprocess, sys
sys.path.insert(0, os.path.join(sys.argv[5], "tests"))
from batch_entries import command_entries, python_entries, valid_files, check_java_batch

tmp, cli, python_binding, pyrun = sys.argv[1:5]
N = 5

def app(i, pretty):
    """application i; spread over three lines when pretty"""
    sep = "\n   " if pretty else " "
    return ('{"id": "J-%d", "year": 2019,%s"applicant": {"name": "济南 %d"},%s'
            '"platform": {"name": "P"}}' % (i, sep, i, sep)).encode()

# kind -> how the application's text is broken (None: intact)
KINDS = {
    "intact":        None,
    "schema":        lambda t: t.replace(b'"year": 2019', b'"year": "x"'),
    "unknown-key":   lambda t: t.replace(b'"year"', b'"yaer"'),
    "bad-char":      lambda t: t.replace("济南".encode(), b"\\u0001"),
    "malformed":     lambda t: t.replace(b'"year": 2019', b'"year": 2019,,'),
    "bad-bytes":     lambda t: t.replace("济南".encode(), b"\xff\xfe"),
    "unclosed":      lambda t: t[:-1],
    "unterminated":  lambda t: t.replace(b'"},', b'},', 1),  # the name's closing quote
    "stray-bracket": lambda t: t.replace(b'"P"}', b'"P"]}'),
    "truncated":     lambda t: t[:t.index(b'"year"') + 10],
    # array forms only: the ',' before the application left out; one too many after it
    "missing-comma": None,
    "extra-comma":   None,
}
ARRAY_ONLY = {"missing-comma", "extra-comma"}
FORMS = ("lines", "array", "pretty")

def batch(form, kind, pos):
    """the file's bytes, and the expected entries: ("dec", id) or
    ("err", id or None, first line, last line)"""
    pretty = form == "pretty"
    span = 2 if pretty else 0  # lines an application takes, less one
    objs, want, line = [], [], 1 if form == "lines" else 2
    for i in range(1, N + 1):
        t = app(i, pretty)
        broken = i == pos and kind != "intact"
        if broken and KINDS[kind]:
            t = KINDS[kind](t)
        if broken and kind == "extra-comma":
            t += b","
        objs.append(t)
        if not broken or kind == "extra-comma":
            want.append(("dec", "J-%d" % i))
        else:
            # its lines, or the next one where the fault shows (an object left open)
            want.append(("err", None if kind == "missing-comma" else "J-%d" % i, line, line + span + 1))
        if broken and kind == "extra-comma":
            # where the empty element shows: the next ',' or the ']' on the next line
            want.append(("err", None, line + span, line + span + 1))
        line += span + 1
        if kind == "truncated" and broken:
            break
    if form == "lines":
        data = b"\n".join(objs) + (b"" if kind == "truncated" else b"\n")
    else:
        seps = [b"\n" if kind == "missing-comma" and i + 2 == pos else b",\n"
                for i in range(len(objs) - 1)]
        data = b"[\n" + b"".join(o + s for o, s in zip(objs, seps)) + objs[-1]
        data += b"" if kind == "truncated" else b"\n]\n"
    return data, want

n = failed = 0
def report(ok, desc, detail=""):
    global n, failed
    n += 1
    failed += not ok
    print("%s %d - %s" % ("ok" if ok else "not ok", n, desc))
    if not ok and detail:
        for l in str(detail)[:800].splitlines():
            print("#   " + l)

def expect(entries, want):
    """entries: ("dec", id) / ("err", id, line, message)"""
    if len(entries) != len(want):
        return "%d entries, expected %d: %r" % (len(entries), len(want), entries)
    for k, (e, w) in enumerate(zip(entries, want), 1):
        if w[0] == "dec":
            if e != w:
                return "entry %d should be the decision of %s: %r" % (k, w[1], e)
            continue
        if e[0] != "err" or e[1] != w[1] or not w[2] <= (e[2] or 0) <= w[3]:
            return "entry %d: expected an error (application %r, line %d..%d): %r" % (
                k, w[1], w[2], w[3], e)
        if "parse error" in e[3] or "right here" in e[3]:
            return "yajl's own text: %r" % (e,)
    return None

cases = []  # (path, desc, kind, want)
for form in FORMS:
    for kind in KINDS:
        if kind in ARRAY_ONLY and form == "lines":
            continue
        positions = [0] if kind == "intact" else [N] if kind == "truncated" else \
            [2, 3, N] if kind == "missing-comma" else [1, 3, N]
        for pos in positions:
            data, want = batch(form, kind, pos)
            path = os.path.join(tmp, "%s-%s-%d.json" % (form, kind, pos))
            with open(path, "wb") as f:
                f.write(data)
            cases.append((path, "%s, %s%s" % (form, kind, "" if not pos else " application %d" % pos),
                          kind, want))
paths = [c[0] for c in cases]

def check_all(name, entries, extra=""):
    """entries of every file in order: a file's entries end where the next file's begin"""
    k = 0
    for path, desc, kind, want in cases:
        mine = entries[k:k + len(want)]
        k += len(want)
        problem = expect(mine, want)
        report(problem is None, "%s: %s" % (name, desc), "%s\n%s" % (problem, extra))
    report(k == len(entries), "%s: %d entries in all" % (name, k), "%d given" % len(entries))

for threads in ("1", "2"):
    entries, p = command_entries(cli, paths, threads)
    if threads == "1":
        command_1 = entries
    check_all("evaluate --threads %s" % threads, entries, p.stderr.decode("utf-8", "replace")[:400])
    report(p.returncode == 1, "evaluate --threads %s: exit 1" % threads, str(p.returncode))
    err = p.stderr.decode("utf-8", "replace")
    report("parse error" not in err and "right here" not in err,
           "evaluate --threads %s: nothing of yajl's own text on standard error" % threads, err[:400])

# in Chinese, the syntax errors in Chinese words
SYNTAX = {"malformed", "bad-bytes", "unclosed", "unterminated", "stray-bracket", "truncated",
          "missing-comma", "extra-comma"}
p = subprocess.run([cli, "evaluate", "--lang", "zh"] + [c[0] for c in cases if c[2] in SYNTAX],
                   capture_output=True, timeout=60)
err = p.stderr.decode("utf-8", "replace")
report(all(w not in err for w in ("premature EOF", "invalid bytes", "I expect", "unallowed",
                                  "not closed", "empty element", "is missing")) and
       "JSON 格式有误" in err, "evaluate --lang zh: the syntax errors in Chinese words", err[:600])

valid = valid_files(cli, paths)
for path, desc, kind, want in cases:
    report((path in valid) == (kind == "intact"),
           "validate: %s is %s" % (desc, "valid" if kind == "intact" else "invalid"))

if python_binding == "yes":
    entries, err = python_entries(pyrun, paths)
    check_all("Python Batch", entries, err)
else:
    print("ok %d - # SKIP the Python binding is not built" % (n + 1))
    n += 1

check_java_batch(report, check_all, cli, paths, command_1)

print("1..%d" % n)
sys.exit(1 if failed else 0)
PY
