#!/usr/bin/env python3
"""geshibai serve over real HTTP on 127.0.0.1 (docs/service.md), TAP output.

Starts the service on a free loopback port (--listen 127.0.0.1:0, the port
read from its first log line) and talks to it with http.client and raw
sockets: every endpoint and status code, answers byte for byte equal to the
command's on the examples (and on the shared conformance cases when they are
beside the sources), XML answers, the token, concurrent keep-alive clients,
a stalled upload, malformed HTTP, SIGTERM. Every socket has a timeout and
the whole run an alarm: nothing can hang.

Environment: GSB_SRCDIR, GSB_BUILDDIR (make check sets them);
GSB_SERVE_WRAPPER, a command put before the service (valgrind in
.ci/sanitize.sh); GSB_SERVE_ONLY, a comma-separated list of groups to run
(default all: see GROUPS); GSB_CONFORMANCE, the conformance cases' folder.
"""

import concurrent.futures
import glob
import http.client
import json
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

SRCDIR = os.environ.get("GSB_SRCDIR") or os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
BUILDDIR = os.environ.get("GSB_BUILDDIR") or os.getcwd()
EXAMPLES = os.path.join(SRCDIR, "examples")
WRAPPER = shlex.split(os.environ.get("GSB_SERVE_WRAPPER", ""))
SLOW = 10 if WRAPPER else 1  # valgrind: everything is slower
TIMEOUT = 2  # --timeout of the services under test (seconds)

CLI = os.path.join(BUILDDIR, "cli", "geshibai")
ENV = dict(os.environ)
if os.access(os.path.join(BUILDDIR, "cli", ".libs", "geshibai"), os.X_OK):
    # the binary itself, not libtool's wrapper script: SIGTERM reaches it
    CLI = os.path.join(BUILDDIR, "cli", ".libs", "geshibai")
    ENV["LD_LIBRARY_PATH"] = os.path.join(BUILDDIR, "lib", ".libs") + ":" + ENV.get("LD_LIBRARY_PATH", "")


# ------------------------------------------------------------------ TAP
results = []


def check(name, cond, detail=""):
    results.append((bool(cond), name, detail))
    n = len(results)
    print(("ok %d - %s" % (n, name)) if cond else ("not ok %d - %s" % (n, name)))
    if not cond and detail:
        for line in str(detail).splitlines()[:30]:
            print("#   " + line)
    sys.stdout.flush()
    return bool(cond)


# ------------------------------------------------------------- the service
class Service:
    def __init__(self, *args, env=None):
        e = dict(ENV)
        e.update(env or {})
        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(WRAPPER + [CLI, "serve", "--listen", "127.0.0.1:0",
                                                "--timeout", str(TIMEOUT)] + list(args),
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=self.log, env=e)
        self.port = None
        deadline = time.time() + 10 * SLOW
        while time.time() < deadline and self.port is None:
            m = re.search(rb"listening on http://127\.0\.0\.1:(\d+)/", self.text().encode())
            if m:
                self.port = int(m.group(1))
            elif self.proc.poll() is not None:
                break
            else:
                time.sleep(0.02)
        if self.port is None:
            self.proc.kill()
            raise RuntimeError("the service did not start: " + self.text())

    def text(self):
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")

    def conn(self, timeout=10):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout * SLOW)

    def request(self, method, path, body=None, headers=None, conn=None):
        c = conn or self.conn()
        c.request(method, path, body=body, headers=headers or {})
        r = c.getresponse()
        data = r.read()
        if conn is None:
            c.close()
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), data

    def stop(self):
        """SIGTERM; the exit status (None when it did not stop)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=(TIMEOUT + 10) * SLOW)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return None


def command(*args):
    p = subprocess.run([CLI] + list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=ENV, timeout=60)
    return p.returncode, p.stdout


def post_xml(svc, path, data, accept=None, conn=None):
    h = {"Content-Type": "application/xml"}
    if accept:
        h["Accept"] = accept
    return svc.request("POST", path, data, h, conn)


def without_file(value):
    """The command's JSON error entries carry the file; the service's do not."""
    if isinstance(value, list):
        return [without_file(v) for v in value]
    if isinstance(value, dict) and "error" in value:
        return dict((k, v) for k, v in value.items() if k != "file")
    return value


def read(path):
    with open(path, "rb") as f:
        return f.read()


def raw(svc, data, wait=5, then=None):
    """Send bytes on a new connection; read until the service closes it (or
    wait seconds pass). Returns (bytes read, seconds, closed)."""
    s = socket.create_connection(("127.0.0.1", svc.port), timeout=wait * SLOW)
    out, closed = b"", False
    start = time.time()
    try:
        s.sendall(data)
        for piece in then or []:
            s.sendall(piece)
        while True:
            b = s.recv(65536)
            if not b:
                closed = True
                break
            out += b
    except socket.timeout:
        pass
    except (ConnectionResetError, BrokenPipeError):
        closed = True
    finally:
        s.close()
    return out, time.time() - start, closed


def read_to_end(sock):
    """What the service sends until it closes (or the socket's timeout); closes the socket."""
    out = b""
    try:
        while True:
            b = sock.recv(65536)
            if not b:
                break
            out += b
    except socket.timeout:
        pass
    sock.close()
    return out


def status_of(response):
    m = re.match(rb"HTTP/1\.[01] (\d{3}) ", response)
    return int(m.group(1)) if m else None


APPS = sorted(p for p in glob.glob(os.path.join(EXAMPLES, "*.xml")) if not p.endswith("batch.xml"))
BATCH = os.path.join(EXAMPLES, "batch.xml")
LEDGERS = sorted(glob.glob(os.path.join(EXAMPLES, "ledgers", "*.xml")))
BAD_MIDDLE = os.path.join(SRCDIR, "tests", "data", "batch-bad-middle.xml")


# ------------------------------------------------------------------ groups
def group_answers(svc):
    """Decisions, audits and the taxonomy equal to the command's."""
    for lang in ("zh", "en"):
        bad = []
        for app in APPS + [BATCH]:
            st, h, body = post_xml(svc, "/v1/evaluate?lang=" + lang, read(app))
            _, want = command("evaluate", "--format", "json", "--lang", lang, app)
            if st != 200 or body != want or h.get("content-type") != "application/json":
                bad.append("%s: %s %s" % (os.path.basename(app), st, h.get("content-type")))
        check("evaluate (%s): the JSON of `geshibai evaluate --format json` on %d examples"
              % (lang, len(APPS) + 1), not bad, "\n".join(bad))
    # JSON applications (docs/json.md): the same answer as the command's on the JSON twins
    bad = []
    twins = sorted(glob.glob(os.path.join(EXAMPLES, "json", "*.json")))
    for app in twins:
        st, h, body = svc.request("POST", "/v1/evaluate?lang=zh", read(app),
                                  {"Content-Type": "application/json"})
        _, want = command("evaluate", "--format", "json", "--lang", "zh", app)
        if st != 200 or body != want:
            bad.append("%s: %s" % (os.path.basename(app), st))
    check("evaluate: JSON bodies give the command's answer on %d JSON examples" % len(twins),
          len(twins) >= 5 and not bad, "\n".join(bad))
    bad = []
    for app in APPS[:3] + [BATCH]:
        st, h, body = post_xml(svc, "/v1/evaluate?lang=en&asOf=2019-07-01", read(app),
                               accept="application/xml")
        _, want = command("evaluate", "--format", "xml", "--lang", "en", "--as-of", "2019-07-01", app)
        if st != 200 or body != want or h.get("content-type") != "application/xml":
            bad.append(os.path.basename(app))
    check("evaluate: Accept: application/xml gives `--format xml` (asOf heeded)", not bad, bad)
    # the service's language is zh whatever the process locale says
    st, _, body = post_xml(svc, "/v1/evaluate", read(APPS[0]))
    _, want = command("evaluate", "--format", "json", "--lang", "zh", APPS[0])
    check("evaluate: no lang: zh (the service runs with LANG=en_US.UTF-8)", st == 200 and body == want)
    # a batch with a broken member: 200, the error entry in its place
    if os.path.exists(BAD_MIDDLE):
        st, _, body = post_xml(svc, "/v1/evaluate?lang=en", read(BAD_MIDDLE))
        rc, want = command("evaluate", "--format", "json", "--lang", "en", BAD_MIDDLE)
        got = json.loads(body)
        check("evaluate: a batch with an invalid application: 200, its error entry in place",
              st == 200 and rc == 1 and got == without_file(json.loads(want))
              and any("error" in x and "code" in x for x in got), body[:300])
    # one invalid application: 400 and the command's error object, no file
    bad_doc = read(APPS[0]).replace(b"<division>", b"<divison>", 1).replace(b"</division>", b"</divison>", 1)
    with tempfile.NamedTemporaryFile(suffix=".xml") as f:
        f.write(bad_doc)
        f.flush()
        rc, want = command("evaluate", "--format", "json", "--lang", "en", f.name)
    st, h, body = post_xml(svc, "/v1/evaluate?lang=en", bad_doc)
    got = json.loads(body)
    check("evaluate: an invalid application: 400 with the error object (error, code, line, element)",
          st == 400 and rc == 1 and got == without_file(json.loads(want)) and "file" not in got
          and got.get("code") == "GSB_ESCHEMA" and got.get("line", 0) > 0 and "element" in got, body)
    st, h, body = post_xml(svc, "/v1/evaluate?lang=en", bad_doc, accept="application/xml")
    check("evaluate: an invalid application as XML: 400 <error code=...>",
          st == 400 and b"<error " in body and b'code="GSB_ESCHEMA"' in body, body)
    for doc, what in ((b"", "an empty body"), (b"<applications", "not well-formed XML"),
                      (b'<!DOCTYPE a [<!ENTITY x "y">]><application xmlns="urn:geshibai:1"/>', "a DOCTYPE")):
        st, _, body = post_xml(svc, "/v1/evaluate", doc)
        check("evaluate: %s: 400" % what, st == 400 and "code" in json.loads(body), body)
    st, _, body = post_xml(svc, "/v1/evaluate?asOf=2019-13-01", read(APPS[0]))
    check("evaluate: a bad asOf: 400", st == 400, body)
    st, _, body = post_xml(svc, "/v1/evaluate?lang=fr", read(APPS[0]))
    check("evaluate: a bad lang: 400", st == 400, body)
    # audits
    bad = []
    for led in LEDGERS:
        for fmt, accept in (("json", None), ("xml", "application/xml")):
            st, _, body = post_xml(svc, "/v1/audit?lang=en", read(led), accept=accept)
            _, want = command("audit", "--format", fmt, "--lang", "en", led)
            if st != 200 or body != want:
                bad.append("%s %s: %s" % (os.path.basename(led), fmt, st))
    check("audit: the JSON and XML of `geshibai audit` on %d ledgers" % len(LEDGERS), not bad, bad)
    st, _, body = post_xml(svc, "/v1/audit", read(APPS[0]))
    check("audit: an application instead of a ledger: 400", st == 400 and "code" in json.loads(body), body)
    st, _, body = svc.request("POST", "/v1/audit", b"{}", {"Content-Type": "application/json"})
    check("audit: a JSON body: 415", st == 415, body)
    # industries, lookup, uscc
    st, _, body = svc.request("GET", "/v1/industries?lang=en")
    _, text = command("industries", "--lang", "en")
    got = json.loads(body)
    want_codes = [line.split(b"\t")[0].decode() for line in text.splitlines()
                  if b"\t" in line]
    got_codes = [x["code"] for k in got for x in got[k]]
    check("industries: the command's codes and labels, in its order", st == 200 and got_codes == want_codes
          and got["industries"][0]["label"] in text.decode(), got_codes[:5])
    names = ["醫養健康", "High-end equipment", "钢铁"]
    st, _, body = svc.request("GET", "/v1/lookup?lang=en&" + "&".join(
        "name=" + __import__("urllib.parse").parse.quote(n) for n in names))
    _, text = command("lookup", "--lang", "en", *names)
    want = [line.split("\t") for line in text.decode().splitlines()]
    got = json.loads(body)
    check("lookup: several names: an array as the command looks them up",
          st == 200 and [[x["name"], x["industry"], x.get("label", x.get("normalised"))] for x in got] == want,
          body)
    st, _, body = svc.request("GET", "/v1/lookup?name=" + __import__("urllib.parse").parse.quote("高端装备制造"))
    got = json.loads(body)
    check("lookup: a name near one of the ten stays other, with the nearest code",
          st == 200 and got.get("industry") == "other" and got.get("nearest") == "high-end-equipment", body)
    st, _, body = svc.request("GET", "/v1/lookup?name=" + __import__("urllib.parse").parse.quote("钢铁"))
    check("lookup: a name near none has no nearest", st == 200 and "nearest" not in json.loads(body), body)
    st, _, body = svc.request("GET", "/v1/lookup?name=%E9%86%AB%E9%A4%8A%E5%81%A5%E5%BA%B7")
    got = json.loads(body)
    check("lookup: one name: one object, zh label", st == 200 and got.get("industry") == "health-care"
          and got.get("label") and ord(got["label"][0]) > 0x2e80, body)
    st, _, body = svc.request("GET", "/v1/lookup")
    check("lookup: no name: 400", st == 400, body)
    st, _, body = svc.request("GET", "/v1/lookup?name=%FF%FE")
    check("lookup: a name that is not UTF-8: 400", st == 400, body)
    st, _, body = svc.request("GET", "/v1/uscc/91370200718018514D?lang=en")
    got = json.loads(body)
    check("uscc: a valid code decoded", st == 200 and got.get("valid") is True and got.get("division") == "370200"
          and got.get("check") == "D", body)
    st, _, body = svc.request("GET", "/v1/uscc/91370200718018514X?lang=en")
    got = json.loads(body)
    rc, text = command("uscc", "--lang", "en", "91370200718018514X")
    check("uscc: a wrong check character: valid false, the expected one",
          st == 200 and got.get("valid") is False and got.get("expectedCheck") == "D" and rc == 1
          and got.get("problem", "?") in text.decode(), body)
    st, h, body = svc.request("GET", "/healthz")
    got = json.loads(body)
    _, version = command("--version")
    check("healthz: 200 with the policy id and the library version",
          st == 200 and got.get("policy") == "sd-2018-ge-shi-bai" and got.get("version", "?") in version.decode(),
          body)


def group_conformance(svc):
    """The shared conformance cases: the service answers as the command."""
    cases = os.environ.get("GSB_CONFORMANCE") or os.path.join(SRCDIR, "..", "shared", "conformance", "cases")
    manifest = os.path.join(cases, "manifest.json")
    if not os.path.exists(manifest):
        print("# conformance cases not found at %s (set GSB_CONFORMANCE): compared on the examples only"
              % cases)
        return
    with open(manifest) as f:
        as_of = json.load(f)
    names = [n for n in sorted(as_of) if n.startswith(("app-", "ledger-"))
             and os.path.exists(os.path.join(cases, n))]

    def one(name):
        path = os.path.join(cases, name)
        kind = "evaluate" if name.startswith("app-") else "audit"
        date = as_of[name].get("asOf") if isinstance(as_of[name], dict) else None
        args = [kind, "--format", "json", "--lang", "zh"] + (["--as-of", date] if date else []) + [path]
        rc, want = command(*args)
        st, _, body = post_xml(svc, "/v1/%s?lang=zh%s" % (kind, "&asOf=" + date if date else ""), read(path))
        if rc == 0:
            ok = st == 200 and body == want
        else:  # an invalid document: 400 and the command's error object, no file
            try:
                got = json.loads(body)
                ok = got == without_file(json.loads(want)) and st == (200 if isinstance(got, list) else 400)
            except ValueError:
                ok = False
        return None if ok else "%s: %s (command exit %d)" % (name, st, rc)

    with concurrent.futures.ThreadPoolExecutor(4) as ex:
        bad = [b for b in ex.map(one, names) if b]
    n = len(names)
    check("conformance: %d cases answered as the command answers them" % n, n > 100 and not bad, "\n".join(bad[:20]))


def group_statuses(svc):
    """404, 405, 415, 413 and the log line."""
    st, h, body = svc.request("GET", "/v1/nothing")
    check("an unknown path: 404 with an error object", st == 404 and "error" in json.loads(body))
    st, h, body = svc.request("GET", "/v1/uscc/")
    check("/v1/uscc/ without a code: 404", st == 404)
    st, h, _ = svc.request("GET", "/v1/evaluate")
    check("GET /v1/evaluate: 405, Allow: POST", st == 405 and h.get("allow") == "POST")
    st, h, _ = svc.request("DELETE", "/healthz")
    check("DELETE /healthz: 405, Allow: GET, HEAD", st == 405 and h.get("allow") == "GET, HEAD")
    st, h, body = svc.request("HEAD", "/healthz")
    check("HEAD /healthz: 200, no body", st == 200 and body == b"")
    app = read(APPS[0])
    for ct in ("text/plain", None, "application/x-www-form-urlencoded"):
        st, _, body = svc.request("POST", "/v1/evaluate", app, {"Content-Type": ct} if ct else {})
        check("evaluate with Content-Type %s: 415" % ct, st == 415, body)
    st, _, body = svc.request("POST", "/v1/evaluate", b'{"applicant": {}, "platform": {}}',
                              {"Content-Type": "application/json"})
    check("evaluate with application/json: 200 (a JSON application)",
          st == 200 and "eligibility" in json.loads(body) and "relevance" in json.loads(body), body)
    st, _, body = svc.request("POST", "/v1/evaluate", b'{"applicant": {}, "platform": {}',
                              {"Content-Type": "application/json"})
    check("evaluate with malformed JSON: 400 with the error object",
          st == 400 and "error" in json.loads(body) and "line" in json.loads(body), body)
    st, _, _ = svc.request("POST", "/v1/evaluate", app, {"Content-Type": "application/xml; charset=utf-8"})
    check("evaluate with application/xml; charset=utf-8: 200", st == 200)
    st, _, _ = svc.request("POST", "/v1/evaluate", app, {"Content-Type": "text/xml"})
    check("evaluate with text/xml: 200", st == 200)
    big = b" " * 70000 + app
    st, h, body = post_xml(svc, "/v1/evaluate", big)
    check("a body over --max-body (Content-Length): 413", st == 413 and "error" in json.loads(body), body)
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in [b" " * 30000] * 3 + [app]) + b"0\r\n\r\n"
    head = (b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\n"
            b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
    out, _, _ = raw(svc, head + chunks)
    check("a chunked body over --max-body: 413", status_of(out) == 413, out[:200])
    small = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in [app[:1000], app[1000:]]) + b"0\r\n\r\n"
    out, _, _ = raw(svc, head + small)
    _, want = command("evaluate", "--format", "json", "--lang", "zh", APPS[0])
    check("a chunked body within --max-body: 200, the command's answer",
          status_of(out) == 200 and out.endswith(want), out[:200])
    # an endless chunked body is cut, not read forever
    endless = [b"8000\r\n" + b" " * 0x8000 + b"\r\n"] * 200
    out, secs, closed = raw(svc, head, wait=10, then=endless)
    check("an endless chunked body: the connection is closed", closed or status_of(out) == 413, out[:100])
    # the log is written every 100 ms: wait for the lines (a few seconds at most)
    lines = (r"^GET /v1/nothing 404 \d+ \d+\.\d\d ms$", r"^POST /v1/evaluate 413 \d+ \d+\.\d\d ms$")
    deadline = time.monotonic() + 5 * SLOW
    while True:
        log = svc.text()
        found = all(re.search(line, log, re.M) for line in lines)
        if found or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    check("one log line per request: method, path, status, bytes, milliseconds", found, log[-600:])


def group_openapi(svc):
    """The OpenAPI document: valid OpenAPI 3 structure, and its paths are the service's."""
    import jsonschema
    st, h, body = svc.request("GET", "/v1/openapi.json")
    doc = json.loads(body)
    with open(os.path.join(SRCDIR, "tests", "openapi3.schema.json")) as f:
        schema = json.load(f)
    try:
        jsonschema.validate(doc, schema)
        err = None
    except jsonschema.ValidationError as e:
        err = "%s at %s" % (e.message, "/".join(map(str, e.absolute_path)))
    check("openapi.json: 200, valid against the OpenAPI 3.0 structure", st == 200 and err is None, err)
    # every $ref resolves
    refs = re.findall(r'"\$ref": "#/([^"]+)"', body.decode())
    unresolved = []
    for r in refs:
        node = doc
        for part in r.split("/"):
            node = node.get(part) if isinstance(node, dict) else None
        if node is None:
            unresolved.append(r)
    check("openapi.json: every $ref resolves", refs and not unresolved, unresolved)
    # each documented path and method is answered (not 404 / 405); another method is 405
    bad = []
    for path, item in doc["paths"].items():
        concrete = path.replace("{code}", "91370200718018514D")
        for method in ("get", "post", "put", "delete"):
            headers = {"Content-Type": "application/xml"}
            st, _, _ = svc.request(method.upper(), concrete, read(APPS[0]) if method == "post" else None, headers)
            if method in item and st in (404, 405):
                bad.append("%s %s: %d" % (method, path, st))
            if method not in item and st != 405:
                bad.append("%s %s (undocumented): %d" % (method, path, st))
    for path in ("/", "/v1", "/v1/evaluate/x", "/healthz/", "/v2/evaluate"):
        st, _, _ = svc.request("GET", path)
        if st != 404:
            bad.append("GET %s (not documented): %d" % (path, st))
    check("openapi.json: its paths and methods are what the service answers", not bad, bad)


def group_token(_):
    with tempfile.NamedTemporaryFile("w", suffix=".token") as f:
        f.write("s3cret-Token\nsecond line\n")
        f.flush()
        svc = Service("--token-file", f.name)
    try:
        app = read(APPS[0])
        st, h, _ = post_xml(svc, "/v1/evaluate", app)
        check("token: none given: 401 with WWW-Authenticate: Bearer", st == 401 and h.get("www-authenticate") == "Bearer")
        st, _, _ = svc.request("POST", "/v1/evaluate", app, {"Content-Type": "application/xml",
                                                              "Authorization": "Bearer s3cret-Toke"})
        check("token: a wrong token: 401", st == 401)
        st, _, _ = svc.request("GET", "/v1/nothing", None, {"Authorization": "Basic czNjcmV0"})
        check("token: an unknown path without the token: 401 (paths are not probed)", st == 401)
        st, _, body = svc.request("POST", "/v1/evaluate", app, {"Content-Type": "application/xml",
                                                                 "Authorization": "Bearer s3cret-Token"})
        check("token: the token (the file's first line): 200", st == 200 and b"eligibility" in body)
        st, _, _ = svc.request("GET", "/v1/industries", None, {"Authorization": "bearer s3cret-Token"})
        check("token: the scheme name is case-insensitive", st == 200)
        st, _, _ = svc.request("GET", "/healthz")
        check("token: /healthz needs none", st == 200)
    finally:
        check("token: the service stops on SIGTERM with status 0", svc.stop() == 0)


def group_limits(_):
    """--max-connections: a connection past the limit waits until one closes."""
    svc = Service("--max-connections", "3", "--threads", "1")
    try:
        held = [socket.create_connection(("127.0.0.1", svc.port), timeout=5 * SLOW) for _ in range(3)]
        time.sleep(0.2 * SLOW)
        extra = socket.create_connection(("127.0.0.1", svc.port), timeout=0.5)
        extra.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        try:
            early = extra.recv(100)
        except socket.timeout:
            early = None
        check("--max-connections 3: a fourth connection is not served while three are open", early is None,
              repr(early))
        for h in held:
            h.close()
        extra.settimeout(5 * SLOW)
        out = read_to_end(extra)
        check("--max-connections 3: it is served once they close", status_of(out) == 200, out[:100])
    finally:
        check("--max-connections: the service stops on SIGTERM with status 0", svc.stop() == 0)


def group_concurrent(svc):
    """8 keep-alive clients at once, 25 requests each, every answer right."""
    bodies = [read(p) for p in APPS]
    wants = [command("evaluate", "--format", "json", "--lang", "en", p)[1] for p in APPS]

    def client(k):
        conn = svc.conn()
        wrong = 0
        for i in range(25):
            j = (k + i) % len(bodies)
            st, _, body = post_xml(svc, "/v1/evaluate?lang=en", bodies[j], conn=conn)
            wrong += st != 200 or body != wants[j]
        conn.close()
        return wrong

    with concurrent.futures.ThreadPoolExecutor(8) as ex:
        wrong = sum(ex.map(client, range(8)))
    check("8 concurrent keep-alive clients, 200 requests: every answer the command's", wrong == 0, wrong)


def group_hostile(svc):
    """A stalled upload and malformed HTTP: answered or closed, others still served."""
    app = read(APPS[0])
    # a client that sends half a body and stalls
    stalled = socket.create_connection(("127.0.0.1", svc.port), timeout=30 * SLOW)
    stalled.sendall(b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\n"
                    b"Content-Length: %d\r\n\r\n" % len(app) + app[: len(app) // 2])
    start = time.time()
    served = 0
    for _ in range(10):
        st, _, _ = post_xml(svc, "/v1/evaluate", app)
        served += st == 200
    fast = time.time() - start
    check("a stalled upload holds no worker: 10 other requests served meanwhile",
          served == 10 and fast < TIMEOUT * SLOW, "%d served in %.2f s" % (served, fast))
    stalled.settimeout((TIMEOUT + 5) * SLOW)
    try:
        got = stalled.recv(100)
    except (socket.timeout, ConnectionResetError) as e:
        got = repr(e).encode()
    waited = time.time() - start
    stalled.close()
    check("the stalled upload is closed after --timeout (%d s)" % TIMEOUT,
          got == b"" and TIMEOUT - 0.5 <= waited <= TIMEOUT + 3 * SLOW, "%r after %.2f s" % (got, waited))
    cases = [
        ("a bad request line", b"GARBAGE\r\n\r\n", (400, None)),
        ("a request line without a version", b"GET /healthz\r\n\r\n", (400, 505, None)),
        ("an unknown HTTP version", b"GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n", (400, 505, None)),
        ("a binary request line", b"\x00\xff\xfe\x01 / HTTP/1.1\r\n\r\n", (400, None)),
        ("huge headers (100 kB)", b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 100000 + b"\r\n\r\n",
         (431, 413, 400)),
        ("many headers", b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + b"X-A: b\r\n" * 5000 + b"\r\n", (431, 413, 400)),
        ("headers of 6 kB, within the 16 KiB of a connection", b"GET /healthz HTTP/1.1\r\nHost: x\r\n"
         + b"X-A: " + b"b" * 2000 + b"\r\n" + b"X-B: " + b"c" * 2000 + b"\r\n" + b"X-C: " + b"d" * 2000 + b"\r\n\r\n",
         (200,)),
        ("a huge URI", b"GET /" + b"a" * 100000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", (414, 431, 413, 400)),
        ("Content-Length: abc", b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\n"
         b"Content-Length: abc\r\n\r\n", (400,)),
        ("Content-Length: -1", b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\n"
         b"Content-Length: -1\r\n\r\n", (400,)),
        ("Content-Length: 2^64", b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\n"
         b"Content-Length: 18446744073709551616\r\n\r\n", (400, 413)),
        ("Content-Length larger than the body sent", b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\n"
         b"Content-Type: application/xml\r\nContent-Length: 99999\r\n\r\n<a/>", (413,)),
        ("a bad chunk size", b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\n"
         b"Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n", (400, None)),
        ("a chunk longer than its size", b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\n"
         b"Transfer-Encoding: chunked\r\n\r\n2\r\nabcdef\r\n0\r\n\r\n", (400, None)),
        ("an unknown transfer coding", b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\n"
         b"Transfer-Encoding: gzip\r\n\r\nxx", (400, 411, 501, None)),
        ("a header without a colon", b"GET /healthz HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n", (400, 200, None)),
        ("a NUL in a header", b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n", (400, 200, None)),
        ("a path with %00 and ..", b"GET /v1/uscc/%00..%2f..%2fetc HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
         (200, 400, 404)),
        ("pipelined requests", b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n"
         b"Connection: close\r\n\r\n", (200,)),
        ("a lone CR LF", b"\r\n", (None, 400)),
    ]
    # at once: those the service leaves open wait for --timeout together
    with concurrent.futures.ThreadPoolExecutor(len(cases)) as ex:
        outs = list(ex.map(lambda case: raw(svc, case[1], wait=TIMEOUT + 5), cases))
    for (name, data, allowed), (out, secs, closed) in zip(cases, outs):
        st = status_of(out)
        check("malformed HTTP, %s: %s, in %.1f s" % (name, st if st else "closed", secs),
              st in allowed and secs < TIMEOUT + 4 * SLOW, out[:160])
    st, _, _ = svc.request("GET", "/healthz")
    check("after all that the service still answers", st == 200)
    # a client that connects and sends nothing, another that leaves mid-answer
    idle = socket.create_connection(("127.0.0.1", svc.port), timeout=(TIMEOUT + 5) * SLOW)
    start = time.time()
    try:
        got = idle.recv(10)
    except (socket.timeout, ConnectionResetError):
        got = b"?"
    check("an idle connection is closed after --timeout", got == b"" and time.time() - start < TIMEOUT + 3 * SLOW)
    idle.close()
    s = socket.create_connection(("127.0.0.1", svc.port), timeout=5 * SLOW)
    s.sendall(b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\nContent-Length: %d\r\n\r\n"
              % len(read(BATCH)) + read(BATCH))
    s.close()
    time.sleep(0.2)
    st, _, _ = svc.request("GET", "/healthz")
    check("a client that leaves before its answer: the service goes on", st == 200)


def group_sigterm(_):
    """SIGTERM: the request in flight is answered, then exit 0; no new connections."""
    svc = Service("--lang", "en")
    app = read(APPS[0])
    s = socket.create_connection(("127.0.0.1", svc.port), timeout=10 * SLOW)
    s.sendall(b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\n"
              b"Content-Length: %d\r\n\r\n" % len(app) + app[:500])
    time.sleep(0.3 * SLOW)
    svc.proc.send_signal(signal.SIGTERM)
    time.sleep(0.3 * SLOW)
    refused = False
    try:
        socket.create_connection(("127.0.0.1", svc.port), timeout=2).close()
    except OSError:
        refused = True
    s.sendall(app[500:])
    out = read_to_end(s)
    _, want = command("evaluate", "--format", "json", "--lang", "en", APPS[0])
    check("SIGTERM: the request in flight is answered in full", status_of(out) == 200 and out.endswith(want),
          out[:200])
    check("SIGTERM: new connections are refused", refused)
    rc = svc.stop()
    check("SIGTERM: exit status 0", rc == 0, "exit %s\n%s" % (rc, svc.text()[-500:]))


def group_relevance(svc):
    """relevance=true|false on /v1/evaluate and serve --no-relevance, as evaluate --no-relevance."""
    app = os.path.join(EXAMPLES, "weifang-incomplete.xml")
    _, with_rel = command("evaluate", "--format", "json", "--lang", "zh", app)
    _, without = command("evaluate", "--format", "json", "--lang", "zh", "--no-relevance", app)
    check("relevance: the incomplete example carries relevance, and --no-relevance leaves it out",
          "relevance" in json.loads(with_rel) and "relevance" not in json.loads(without))
    st, _, body = post_xml(svc, "/v1/evaluate?lang=zh", read(app))
    check("relevance: on by default (the command's answer)", st == 200 and body == with_rel)
    st, _, body = post_xml(svc, "/v1/evaluate?lang=zh&relevance=false", read(app))
    check("relevance=false: byte for byte evaluate --no-relevance", st == 200 and body == without, body[:200])
    st, _, body = post_xml(svc, "/v1/evaluate?lang=zh&relevance=true", read(app))
    check("relevance=true: the command's answer", st == 200 and body == with_rel)
    _, want = command("evaluate", "--format", "xml", "--lang", "en", "--no-relevance", BATCH)
    st, _, body = post_xml(svc, "/v1/evaluate?lang=en&relevance=false", read(BATCH), accept="application/xml")
    check("relevance=false, a batch in XML: evaluate --format xml --no-relevance",
          st == 200 and body == want and b"<relevance" not in body)
    for value in ("no", "", "FALSE"):
        st, _, body = post_xml(svc, "/v1/evaluate?lang=en&relevance=" + value, read(app))
        err = json.loads(body) if st == 400 else {}
        check("relevance=%r: 400 with the message in words" % value,
              st == 400 and err.get("code") == "GSB_EINVAL" and "relevance" in err.get("error", ""), body[:200])
    off = Service("--no-relevance")
    try:
        st, _, body = post_xml(off, "/v1/evaluate?lang=zh", read(app))
        check("serve --no-relevance: decisions without relevance by default", st == 200 and body == without)
        st, _, body = post_xml(off, "/v1/evaluate?lang=zh&relevance=true", read(app))
        check("serve --no-relevance: relevance=true asks for it all the same", st == 200 and body == with_rel)
    finally:
        check("serve --no-relevance: stops on SIGTERM with status 0", off.stop() == 0)


def group_usage(_):
    for args, want in ((["--threads", "0"], 2), (["--listen", "localhost"], 2), (["--max-body", "x"], 2),
                       (["--lang", "fr"], 2), (["extra"], 2), (["--token-file", "/nonexistent/token"], 1),
                       (["--params", "/nonexistent/params.xml"], 3)):
        p = subprocess.run([CLI, "serve"] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV,
                           timeout=10)
        check("serve %s: exit %d" % (" ".join(args), want), p.returncode == want, p.stderr.decode()[-300:])
    p = subprocess.run([CLI, "serve", "--help"], stdout=subprocess.PIPE, env=ENV, timeout=10)
    check("serve --help names every option", p.returncode == 0 and all(
        o in p.stdout for o in (b"--listen", b"--params", b"--threads", b"--max-body", b"--max-connections",
                                b"--timeout", b"--token-file", b"--lang", b"--no-relevance")))


GROUPS = ["answers", "conformance", "statuses", "openapi", "relevance", "token", "limits", "concurrent", "hostile", "sigterm", "usage"]


def main():
    signal.alarm(300 * SLOW)  # nothing may hang
    only = [g for g in os.environ.get("GSB_SERVE_ONLY", "").split(",") if g] or GROUPS
    svc = Service("--max-body", "65536", env={"LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"})
    try:
        for g in only:
            try:
                globals()["group_" + g](svc)
            except Exception as e:  # a broken group is a failure, not a crash
                import traceback
                check("group %s ran to its end" % g, False, traceback.format_exc())
                del e
    finally:
        rc = svc.stop()
        check("the service stops on SIGTERM with status 0", rc == 0, "exit %s\n%s" % (rc, svc.text()[-800:]))
    print("1..%d" % len(results))
    sys.exit(0 if all(ok for ok, _, _ in results) else 1)


if __name__ == "__main__":
    main()
