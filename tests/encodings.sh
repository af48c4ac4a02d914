#!/bin/sh
# The batch invariant (issue 13, docs/security.md): for a batch in any
# encoding an XML declaration may name, entries = applications, in order,
# each broken application (an invalid byte sequence, an unpaired surrogate,
# malformed XML) an error entry in its place with its line, the others
# decided; exit 1 when one is broken, 0 when none is. Over a generated
# corpus: every encoding x broken kind x position in the batch, through the
# command (--threads 1 and 2), `validate`, and the Python and Java batch
# iterators (the library's reader under each; Java's entries equal the
# command's, lines included).
# Environment: GSB_BUILDDIR, GSB_SRCDIR. TAP.

builddir=${GSB_BUILDDIR:-.}
cli="$builddir/cli/geshibai"
pyrun="$builddir/bindings/python/pyrun"
LC_ALL=C
export LC_ALL
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gsb-encodings.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
if ! command -v python3 >/dev/null 2>&1; then
	echo "1..0 # SKIP python3 not found"
	exit 0
fi
python_binding=no
[ -x "$pyrun" ] && "$pyrun" -c 'import geshibai' >/dev/null 2>&1 && python_binding=yes

python3 - "$tmp" "$cli" "$python_binding" "$pyrun" "${GSB_SRCDIR:-.}" <<'PY'
import json, os, subprocess, sys
sys.path.insert(0, os.path.join(sys.argv[5], "tests"))
from batch_entries import command_entries, python_entries, valid_files, check_java_batch

tmp, cli, python_binding, pyrun = sys.argv[1:5]
N = 5  # applications in each batch

def app(i, name):
    return ('<application id="E-%d" year="2019">\n'
            '  <applicant><name>%s %d</name></applicant>\n'
            '  <platform name="P"/>\n'
            '</application>\n' % (i, name, i))

# encoding -> (codec, declaration name or None, bom, a name in the script,
#              invalid bytes in that encoding or None)
ENCODINGS = {
    "UTF-8":         ("utf-8", "UTF-8", b"", "济南平台", b"\xff\xfe"),
    "UTF-8-BOM":     ("utf-8", None, b"\xef\xbb\xbf", "济南平台", b"\xc3\x28"),
    "UTF-16LE-BOM":  ("utf-16-le", "UTF-16", b"\xff\xfe", "济南平台", b"\x00\xd8A\x00"),
    "UTF-16BE-BOM":  ("utf-16-be", "UTF-16", b"\xfe\xff", "济南平台", b"\xd8\x00\x00A"),
    "UTF-16LE":      ("utf-16-le", "UTF-16", b"", "济南平台", b"\x00\xdcA\x00"),
    "UTF-16BE":      ("utf-16-be", None, b"", "济南平台", b"\xdc\x00\x00A"),
    "GBK":           ("gbk", "GBK", b"", "济南平台", b"\x81\x20"),
    "GB18030":       ("gb18030", "GB18030", b"", "济南平台", b"\x81\x30\x20"),
    "ISO-8859-1":    ("latin-1", "ISO-8859-1", b"", "Zürich", None),
    "ISO-8859-3":    ("iso8859-3", "ISO-8859-3", b"", "Ħamrun", b"\xa5"),
}
KINDS = ["intact", "bad-bytes", "malformed", "unclosed", "bad-char"]

def batch(enc, kind, pos):
    codec, decl, bom, name, bad = ENCODINGS[enc]
    head = '<?xml version="1.0"%s?>\n' % (' encoding="%s"' % decl if decl else "")
    parts = [(head + '<applications xmlns="urn:geshibai:1">\n').encode(codec)]
    line = 3
    lines = {}
    for i in range(1, N + 1):
        text = app(i, name)
        lines[i] = line
        line += text.count("\n")
        if i != pos or kind == "intact":
            parts.append(text.encode(codec))
        elif kind == "bad-bytes":
            a, b = text.split("</name>")
            parts.append(a.encode(codec) + bad + ("</name>" + b).encode(codec))
        elif kind == "malformed":
            parts.append(text.replace("</name>", "</nam>").encode(codec))
        elif kind == "unclosed":
            parts.append(text.replace("</application>", "").encode(codec))
        elif kind == "bad-char":
            parts.append(text.replace("</name>", "\x01</name>").encode(codec))
    parts.append("</applications>\n".encode(codec))
    return bom + b"".join(parts), lines

n = 0
failed = 0
def report(ok, desc, detail=""):
    global n, failed
    n += 1
    if not ok:
        failed += 1
    print("%s %d - %s" % ("ok" if ok else "not ok", n, desc))
    if not ok and detail:
        for l in str(detail)[:800].splitlines():
            print("#   " + l)

def expect(entries, kind, pos, lines):
    """entries: list of ("dec", id) / ("err", id-or-None, line)."""
    if len(entries) != N:
        return "%d entries for %d applications: %r" % (len(entries), N, entries)
    for i, e in enumerate(entries, 1):
        broken = kind != "intact" and i == pos
        if broken:
            if e[0] != "err":
                return "application %d should be an error: %r" % (i, e)
            if not (lines[i] <= (e[2] or 0) <= lines[i] + 4):
                return "error of application %d at line %r, expected %d..%d" % (
                    i, e[2], lines[i], lines[i] + 4)
        elif e != ("dec", "E-%d" % i):
            return "application %d should be decided: %r" % (i, e)
    return None

cases = []  # (path, desc, kind, pos, lines)
for enc in ENCODINGS:
    for kind in KINDS:
        if kind == "bad-bytes" and ENCODINGS[enc][4] is None:
            continue
        for pos in ([0] if kind == "intact" else [1, 3, N]):
            data, lines = batch(enc, kind, pos)
            path = os.path.join(tmp, "%s-%s-%d.xml" % (enc, kind, pos))
            with open(path, "wb") as f:
                f.write(data)
            desc = "%s, %s%s" % (enc, kind, "" if kind == "intact" else " application %d" % pos)
            cases.append((path, desc, kind, pos, lines))
paths = [c[0] for c in cases]

def check_all(name, entries, extra=""):
    """entries of every file in order, N a file."""
    for i, (path, desc, kind, pos, lines) in enumerate(cases):
        mine = entries[i * N:(i + 1) * N]
        problem = expect(mine, kind, pos, lines)
        if problem is None and i == len(cases) - 1 and len(entries) != N * len(cases):
            problem = "%d entries in all for %d files" % (len(entries), len(cases))
        report(problem is None, "%s: %s" % (name, desc), "%s\n%s" % (problem, extra))

for threads in ("1", "2"):
    entries, p = command_entries(cli, paths, threads)
    if threads == "1":
        command_1 = entries
    check_all("evaluate --threads %s" % threads, entries, p.stderr.decode("utf-8", "replace")[:400])
    report(p.returncode == 1, "evaluate --threads %s: exit 1 (some inputs broken)" % threads)
    report(not any(w in p.stderr for w in (b"parser error", b"encoding error", b"I/O error")),
           "evaluate --threads %s: nothing from libxml2 on standard error" % threads,
           p.stderr.decode("utf-8", "replace")[:400])

valid = valid_files(cli, paths)
for path, desc, kind, pos, lines in cases:
    report((path in valid) == (kind == "intact"),
           "validate: %s is %s" % (desc, "valid" if kind == "intact" else "invalid"))

if python_binding == "yes":
    entries, err = python_entries(pyrun, paths)
    check_all("Python Batch", entries, err)

check_java_batch(report, check_all, cli, paths, command_1)

# documents that cannot be read at all say what they are
CASES = [
    ("UTF-32", "\ufeff<application xmlns='urn:geshibai:1'/>".encode("utf-32-le"), "UTF-32"),
    ("double BOM", b"\xef\xbb\xbf\xef\xbb\xbf<application xmlns='urn:geshibai:1'/>", "byte order mark"),
    ("random bytes", bytes(range(0x80, 0x100)) * 4, "not UTF-8"),
    ("unknown encoding", b"<?xml version='1.0' encoding='X-NOPE'?><application xmlns='urn:geshibai:1'/>",
     "not supported"),
]
for desc, data, words in CASES:
    path = os.path.join(tmp, "unreadable.xml")
    with open(path, "wb") as f:
        f.write(data)
    for cmd in (["evaluate", "--format", "json"], ["validate"]):
        p = subprocess.run([cli] + cmd + [path], capture_output=True, timeout=30)
        out = (p.stdout + p.stderr).decode("utf-8", "replace")
        report(p.returncode == 1 and words in out and "Document is empty" not in out,
               "%s %s: exit 1, says '%s'" % (cmd[0], desc, words), out)

print("1..%d" % n)
sys.exit(1 if failed else 0)
PY
