#!/bin/sh
# Every error format of the library has its Chinese (inline after GSB__ZH, or
# in lib/messages_zh.c) with the same arguments; the Chinese messages and
# reports of the command have no English left over. TAP.
srcdir=${GSB_SRCDIR:-.}
exec python3 - "$srcdir" "${GSB_BUILDDIR:-.}" <<'PY'
import glob, os, re, sys
src = sys.argv[1]
n = 0
def ok(good, desc, detail=""):
    global n
    n += 1
    print(("ok" if good else "not ok"), n, "-", desc)
    if not good and detail:
        for l in detail.splitlines()[:20]:
            print("#   " + l)

lit = re.compile(r'"((?:[^"\\]|\\.)*)"')
def unescape(s):
    return s.encode().decode('unicode_escape').encode('latin-1').decode('utf-8')
spec = re.compile(r'%(?:(\d+)\$)?[-+ #0]*\d*(?:\.\d+)?(ll|l|z|h)?([diuxXcspfge%])')
def args(fmt):
    """{index: type} of a format; None when it mixes types."""
    out, seq = {}, 0
    for m in spec.finditer(fmt):
        if m.group(3) == '%':
            continue
        if m.group(1):
            i = int(m.group(1))
        else:
            seq += 1
            i = seq
        t = (m.group(2) or '') + ('s' if m.group(3) in 'sp' else m.group(3).replace('i', 'd').replace('u', 'd').replace('x', 'd').replace('X', 'd').replace('c', 'd'))
        if out.get(i, t) != t:
            return None
        out[i] = t
    return out

# the catalogue
cat = {}
text = open(os.path.join(src, 'lib/messages_zh.c'), encoding='utf-8').read()
body = text[text.index('formats[][2]'):text.index('words[][2]')]
for m in re.finditer(r'\{\s*((?:"(?:[^"\\]|\\.)*"\s*)+),\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\}', body):
    en = unescape(''.join(lit.findall(m.group(1))))
    zh = unescape(''.join(lit.findall(m.group(2))))
    cat[en] = zh
bad = [f"{en!r}: {args(en)} vs {args(zh)}" for en, zh in cat.items()
       if args(en) is None or args(en) != args(zh)]
ok(not bad, f"the {len(cat)} catalogued formats take the same arguments in Chinese", "\n".join(bad))

# the call sites
calls = re.compile(r'\b(gsb__error|gsb__error_at|gsb_xml_error|gsb__xml_final|gsb__bi_format|fail)\s*\(')
missing, mismatch, inline = [], [], 0
for f in sorted(glob.glob(os.path.join(src, 'lib/*.c'))):
    s = open(f, encoding='utf-8').read()
    for m in calls.finditer(s):
        if s[max(0, m.start() - 4):m.start()] in ('int ', 'oid '):
            continue  # the definition
        i, depth, instr = m.end(), 1, False
        while i < len(s) and depth:
            c = s[i]
            if instr:
                if c == '\\': i += 1
                elif c == '"': instr = False
            elif c == '"': instr = True
            elif c == '(': depth += 1
            elif c == ')': depth -= 1
            i += 1
        call = s[m.end():i - 1]
        where = f"{os.path.basename(f)}:{s[:m.start()].count(chr(10)) + 1}"
        # the format: the string literals (and GSB__ZH / GSB_XML_NS) in a row
        # the arguments at top level; the format is the one at its place
        argl, depth, cur, instr, k = [], 0, '', False, 0
        while k < len(call):
            c = call[k]
            if instr:
                cur += c
                if c == '\\':
                    cur += call[k + 1]; k += 1
                elif c == '"':
                    instr = False
            elif c == '"':
                instr = True; cur += c
            elif c in '([{':
                depth += 1; cur += c
            elif c in ')]}':
                depth -= 1; cur += c
            elif c == ',' and depth == 0:
                argl.append(cur); cur = ''
            else:
                cur += c
            k += 1
        argl.append(cur)
        place = {'gsb__error': 1, 'gsb__error_at': 5, 'gsb_xml_error': 4, 'gsb__xml_final': 4,
                 'gsb__bi_format': 2, 'fail': 2}[m.group(1)]  # fail: the JSON reader's
        if len(argl) <= place:
            continue
        farg = argl[place].strip()
        if not re.fullmatch(r'(?:\s*(?:"(?:[^"\\]|\\.)*"|GSB__ZH|GSB_XML_NS))+', farg):
            continue  # a format chosen at run time
        parts = re.findall(r'"(?:[^"\\]|\\.)*"|GSB__ZH|GSB_XML_NS', farg)
        fmt = ''.join('\x1f' if p == 'GSB__ZH' else 'urn:geshibai:1' if p == 'GSB_XML_NS' else unescape(p[1:-1]) for p in parts)
        if fmt in ('%s', ''):
            continue  # passes on a message made elsewhere
        if '\x1f' in fmt:
            inline += 1
            en, zh = fmt.split('\x1f', 1)
            a, b = args(en), args(zh)
            if a is None or b is None or any(a[i] != b[i] for i in a.keys() & b.keys()):
                mismatch.append(f"{where}: {en!r}")
        elif fmt not in cat:
            missing.append(f"{where}: {fmt!r}")
ok(not missing, "every English-only error format has its Chinese in lib/messages_zh.c",
   "add the Chinese inline (\"English\" GSB__ZH \"中文\") or to lib/messages_zh.c:\n" + "\n".join(missing))
ok(not mismatch and inline > 40, f"the {inline} two-language formats take the same arguments in both halves", "\n".join(mismatch))
print(f"1..{n}")
PY
