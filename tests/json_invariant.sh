#!/bin/sh
# The batch invariant for JSON (issue 13, docs/security.md), the twin of
# tests/encodings.sh for XML: over a generated corpus of JSON Lines and JSON
# arrays (every broken kind x position in the batch), through the command
# (--threads 1 and 2), `validate` and the Python batch iterator, entries =
# applications, in order, each broken one an error entry in its place with
# its line and id; exit 1; nothing of yajl's own text. The one documented
# limit: a syntax error inside a JSON array ends the array, and its error
# says so (JSON Lines loses the broken line alone).
# Environment: GSB_BUILDDIR. TAP.

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
import json, os, subprocess, sys
sys.path.insert(0, os.path.join(sys.argv[5], "tests"))
from batch_entries import command_entries, python_entries, valid_files

tmp, cli, python_binding, pyrun = sys.argv[1:5]
N = 5

def app(i):
    return ('{"id": "J-%d", "year": 2019, "applicant": {"name": "济南 %d"}, '
            '"platform": {"name": "P"}}' % (i, i)).encode()

# kind -> how application text is broken; SYNTAX: yajl refuses the text
KINDS = {
    "intact":      None,
    "schema":      lambda t: t.replace(b'"year": 2019', b'"year": "x"'),
    "unknown-key": lambda t: t.replace(b'"year"', b'"yaer"'),
    "bad-char":    lambda t: t.replace("济南".encode(), b"\\u0001"),
    "malformed":   lambda t: t.replace(b'"year": 2019', b'"year": 2019,,'),
    "bad-bytes":   lambda t: t.replace("济南".encode(), b"\xff\xfe"),
    "unclosed":    lambda t: t[:-1],
}
SYNTAX = {"malformed", "bad-bytes", "unclosed"}

def batch(form, kind, pos):
    objs = [app(i) if i != pos or KINDS[kind] is None else KINDS[kind](app(i))
            for i in range(1, N + 1)]
    if form == "lines":  # application i on line i
        return b"\n".join(objs) + b"\n", {i: i for i in range(1, N + 1)}
    return b"[\n" + b",\n".join(objs) + b"\n]\n", {i: i + 1 for i in range(1, N + 1)}

n = failed = 0
def report(ok, desc, detail=""):
    global n, failed
    n += 1
    failed += not ok
    print("%s %d - %s" % ("ok" if ok else "not ok", n, desc))
    if not ok and detail:
        for l in str(detail)[:800].splitlines():
            print("#   " + l)

def expect(entries, form, kind, pos, lines):
    """entries: ("dec", id) / ("err", id, line, message)."""
    cut = form == "array" and kind in SYNTAX  # the documented limit
    want = pos if cut else N
    if len(entries) != want:
        return "%d entries, expected %d: %r" % (len(entries), want, entries)
    for i, e in enumerate(entries, 1):
        if kind != "intact" and i == pos:
            # its line, or the next where the fault shows (an object left open)
            if e[0] != "err" or e[1] != "J-%d" % i or not lines[i] <= (e[2] or 0) <= lines[i] + 1:
                return "application %d: expected its error (id, line %d): %r" % (i, lines[i], e)
            if cut and "the rest of the array is not read" not in e[3]:
                return "the error does not say that the rest of the array is not read: %r" % (e,)
            if "parse error" in e[3] or "right here" in e[3]:
                return "yajl's own text: %r" % (e,)
        elif e != ("dec", "J-%d" % i):
            return "application %d should be decided: %r" % (i, e)
    return None

cases = []
for form in ("lines", "array"):
    for kind in KINDS:
        for pos in ([0] if kind == "intact" else [1, 3, N]):
            data, lines = batch(form, kind, pos)
            path = os.path.join(tmp, "%s-%s-%d.json" % (form, kind, pos))
            with open(path, "wb") as f:
                f.write(data)
            cases.append((path, "%s, %s%s" % (form, kind, "" if not pos else " application %d" % pos),
                          form, kind, pos, lines))
paths = [c[0] for c in cases]

def split(entries):
    """the entries of each file: a file's entries end where the next file's begin"""
    out, k = [], 0
    for path, desc, form, kind, pos, lines in cases:
        want = pos if form == "array" and kind in SYNTAX else N
        out.append(entries[k:k + want])
        k += want
    return out, k

def check_all(name, entries, extra=""):
    per, used = split(entries)
    for (path, desc, form, kind, pos, lines), mine in zip(cases, per):
        report(expect(mine, form, kind, pos, lines) is None, "%s: %s" % (name, desc),
               "%s\n%s" % (expect(mine, form, kind, pos, lines), extra))
    report(used == len(entries), "%s: %d entries in all" % (name, used), "%d given" % len(entries))

for threads in ("1", "2"):
    entries, p = command_entries(cli, paths, threads)
    check_all("evaluate --threads %s" % threads, entries, p.stderr.decode("utf-8", "replace")[:400])
    report(p.returncode == 1, "evaluate --threads %s: exit 1" % threads, str(p.returncode))
    err = p.stderr.decode("utf-8", "replace")
    report("parse error" not in err and "right here" not in err,
           "evaluate --threads %s: nothing of yajl's own text on standard error" % threads, err[:400])

# in Chinese, the syntax errors in Chinese words
p = subprocess.run([cli, "evaluate", "--lang", "zh"] + [c[0] for c in cases if c[3] in SYNTAX],
                   capture_output=True, timeout=60)
err = p.stderr.decode("utf-8", "replace")
report(all(w not in err for w in ("premature EOF", "invalid bytes", "I expect", "unallowed")) and
       "JSON 格式有误" in err, "evaluate --lang zh: yajl's errors in Chinese words", err[:600])

valid = valid_files(cli, paths)
for path, desc, form, kind, pos, lines in cases:
    report((path in valid) == (kind == "intact"),
           "validate: %s is %s" % (desc, "valid" if kind == "intact" else "invalid"))

if python_binding == "yes":
    entries, err = python_entries(pyrun, paths)
    check_all("Python Batch", entries, err)
else:
    print("ok %d - # SKIP the Python binding is not built" % (n + 1))
    n += 1

print("1..%d" % n)
sys.exit(1 if failed else 0)
PY
