#!/usr/bin/env python3
"""geshibai notice (cli/notice.c): the notices to supply materials, as text
and as a printable HTML page rendered by headless Chromium.

Usage: notice_check.py GESHIBAI EXAMPLES_DIR; TAP on stdout. Chromium is
required (Debian package chromium): without it the test fails.
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

tests = failures = 0
AS_OF = "2019-08-09"


def report(ok, desc):
    global tests, failures
    tests += 1
    failures += not ok
    print("%s %d - %s" % ("ok" if ok else "not ok", tests, " ".join(desc.split())))
    sys.stdout.flush()


def run(*args):
    return subprocess.run(list(args), capture_output=True, check=False)


def chromium(tmp, *args):
    profile = tempfile.mkdtemp(dir=tmp)
    return run("timeout", "180", os.environ.get("GSB_CHROMIUM", "chromium"), "--headless",
               "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--user-data-dir=" + profile, *args)


def main():
    cli, examples = sys.argv[1], sys.argv[2]
    apps = sorted(f for f in glob.glob(os.path.join(examples, "*.xml")))
    decisions = json.loads(run(cli, "evaluate", "--format", "json", "--as-of", AS_OF, *apps).stdout)
    due = [d for d in decisions if "relevance" in d and d["relevance"]["needs"]
           and d["eligibility"]["outcome"] != "ineligible"]

    text = run(cli, "notice", "--as-of", AS_OF, *apps)
    out = text.stdout.decode()
    report(text.returncode == 0, "notice exits 0 on the examples")
    report(len(due) >= 3 and out.count("补正材料通知") == len(due),
           "one notice per application that lacks facts and is not ineligible (%d)" % len(due))
    zh = json.loads(run(cli, "evaluate", "--format", "json", "--lang", "zh", "--as-of", AS_OF,
                        *apps).stdout)
    ok = True
    for d in due:
        block = out.split("申报编号：" + d["application"] + "\n", 1)
        if len(block) != 2:
            ok = False
            continue
        body = block[1].split("补正材料通知", 1)[0]
        needs = d["relevance"]["needs"]
        zh_needs = next(x for x in zh if x["application"] == d["application"])["relevance"]["needs"]
        ok = ok and all(n["label"] in body and n["proof"] in body for n in zh_needs)
        ok = ok and body.count("\n     证明材料：") == len(needs)
        ok = ok and d["relevance"]["potential"]["granted"] in body
    report(ok, "each notice lists every missing fact with its proof, and the potential award")
    english = set(re.findall(r"[A-Za-z]{3,}", out)) - {"MA"}
    report(not english, "the Chinese notice has no English words (%s)" % sorted(english)[:8])
    report("applicant/" not in out and "platform/" not in out, "facts in words, never paths")
    en = run(cli, "notice", "--lang", "en", "--as-of", AS_OF, *apps).stdout.decode()
    report(en.count("Notice to supply materials") == len(due) and "Proof: " in en,
           "--lang en gives the notices in English")
    bad = run(cli, "notice", "--html", apps[0], apps[0])
    report(bad.returncode == 2 and open(apps[0], "rb").read(6) != b"<!DOCT",
           "--html never replaces an input")

    tmp = tempfile.mkdtemp()
    try:
        page = os.path.join(tmp, "notices.html")
        html = run(cli, "notice", "--as-of", AS_OF, "--html", page, *apps)
        report(html.returncode == 0 and os.path.getsize(page) > 0, "--html writes the page")
        src = open(page, encoding="utf-8").read()
        report("http://" not in src and "https://" not in src and "<script" not in src
               and "Content-Security-Policy" in src, "the page is self-contained, no script")
        dom = chromium(tmp, "--dump-dom", "file://" + page)
        report(dom.returncode == 0, "headless Chromium renders it")
        dom = dom.stdout.decode()
        report(dom.count('<section class="notice">') == len(due) and dom.count("<li>") ==
               sum(len(d["relevance"]["needs"]) for d in due),
               "the rendered page holds every notice and every missing fact")
        pdf = os.path.join(tmp, "notices.pdf")
        chromium(tmp, "--print-to-pdf=" + pdf, "--no-pdf-header-footer", "file://" + page)
        counts = [int(c) for c in re.findall(rb"/Count (\d+)", open(pdf, "rb").read())] \
            if os.path.exists(pdf) else []
        report(counts and max(counts) >= len(due),
               "printed to PDF, a notice per page at least (%s pages)" % (max(counts) if counts else 0))
        png = os.environ.get("GSB_NOTICE_PNG") or os.path.join(tmp, "notice.png")
        chromium(tmp, "--window-size=900,1400", "--screenshot=" + png, "file://" + page)
        report(os.path.exists(png) and open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n",
               "a screenshot is a PNG")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("1..%d" % tests)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
