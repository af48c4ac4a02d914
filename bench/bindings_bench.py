#!/usr/bin/env python3
"""Bindings benchmark (issue 8): 10,000 applications from one batch file through
Python's Policy.evaluate_batch and Java's Policy.evaluateBatch, against
`geshibai evaluate --format json` on the same file. Prints both ratios.

    python3 bench/bindings_bench.py [--builddir DIR] [--srcdir DIR] [-n 10000] [--runs 3]

Times are wall-clock times of whole processes (start-up included, best of
--runs), so each side pays for loading its runtime: the CLI writes the JSON
report of every decision; the bindings produce a Decision object per item and
read its tier and grant. A second line per binding gives the time with every
decision also turned into the CLI's JSON (to_dict() / toJson()).
Targets: Python <= 1.5x, Java <= 1.3x.

Batch from data: the same applications as JSON Lines (tests/xml2json.py), held
in memory as Python dicts (Policy.evaluate_many over the list) and as Java
strings (Policy.evaluateJson each), against `geshibai evaluate --format json`
on the JSON Lines file. The bindings' times are in-process and count the
decisions only (the data are already in memory, as a DataFrame's rows or a
database's records would be); the command's is its whole run.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def make_batch(builddir, srcdir, n, path):
    gen = os.path.join(builddir, "bench", "gen_apps")
    if os.access(gen, os.X_OK):
        with open(path, "wb") as out:
            subprocess.run([gen, str(n), "2018"], stdout=out, check=True, env=env(builddir))
        return "bench/gen_apps"
    # fall back: the examples' applications again and again, with fresh ids
    apps = []
    for name in sorted(os.listdir(os.path.join(srcdir, "examples"))):
        if not name.endswith(".xml"):
            continue
        text = open(os.path.join(srcdir, "examples", name), encoding="utf-8").read()
        apps += re.findall(r"<application\b.*?</application>", text, re.S)
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<applications xmlns="urn:geshibai:1">\n')
        for i in range(n):
            app = apps[i % len(apps)]
            app = re.sub(r'\bid="[^"]*"', 'id="B-%06d"' % i, app, count=1)
            if "xmlns=" not in app.split(">", 1)[0]:
                pass
            out.write(app.replace(' xmlns="urn:geshibai:1"', "", 1) + "\n")
        out.write("</applications>\n")
    return "examples"


def env(builddir):
    e = dict(os.environ)
    e["LD_LIBRARY_PATH"] = os.path.join(builddir, "lib", ".libs") + (
        ":" + e["LD_LIBRARY_PATH"] if e.get("LD_LIBRARY_PATH") else "")
    e["PYTHONPATH"] = os.path.join(builddir, "bindings", "python") + (
        ":" + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    e["PYTHONDONTWRITEBYTECODE"] = "1"
    return e


def best(cmd, runs, e):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=e)
        times.append(time.perf_counter() - t)
    return min(times)


PY = r"""
import sys, geshibai
json_too = len(sys.argv) > 2
with geshibai.Policy() as policy, policy.evaluate_batch(sys.argv[1]) as batch:
    n = 0
    for item in batch:
        n += 1
        if isinstance(item, geshibai.Error):
            continue
        with item as d:
            d.tier, d.granted
            if json_too:
                d.to_dict()
print(n)
"""

PY_DATA = r"""
import json, sys, time, geshibai
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
t = time.perf_counter()
n = 0
with geshibai.Policy() as policy:
    for item in policy.evaluate_many(rows):
        n += 1
        if not isinstance(item, geshibai.Error):
            with item as d:
                d.tier, d.granted
print(n, time.perf_counter() - t)
"""


def inprocess(cmd, runs, e):
    """Best in-process seconds a run prints as its second field."""
    return min(float(subprocess.run(cmd, stdout=subprocess.PIPE, check=True, env=e,
                                    universal_newlines=True).stdout.split()[1])
               for _ in range(runs))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--builddir", default=os.getcwd())
    ap.add_argument("--srcdir", default=os.path.dirname(HERE))
    ap.add_argument("-n", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    b = os.path.abspath(args.builddir)
    e = env(b)
    cli = os.path.join(b, "cli", ".libs", "geshibai")
    if not os.access(cli, os.X_OK):
        cli = os.path.join(b, "cli", "geshibai")
    python = shutil.which("python3") or sys.executable
    pyrun = os.path.join(b, "bindings", "python", "pyrun")
    if os.path.exists(pyrun):  # the interpreter configure chose
        m = re.search(r'exec "([^"]+)"', open(pyrun).read())
        python = m.group(1) if m else python

    with tempfile.TemporaryDirectory() as tmp:
        batch = os.path.join(tmp, "batch.xml")
        source = make_batch(b, args.srcdir, args.n, batch)
        mb = os.path.getsize(batch) / 1e6
        print("bench bindings: %d applications (%.1f MB, from %s), best of %d runs"
              % (args.n, mb, source, args.runs))

        t_cli = best([cli, "evaluate", "--format", "json", batch], args.runs, e)
        print("  geshibai evaluate --format json   %7.3f s" % t_cli)

        results = {}
        t_py = best([python, "-c", PY, batch], args.runs, e)
        t_py_json = best([python, "-c", PY, batch, "json"], args.runs, e)
        results["python"] = t_py
        print("  python evaluate_batch              %7.3f s   (with to_dict(): %.3f s)"
              % (t_py, t_py_json))

        jar = os.path.join(b, "bindings", "java", "geshibai.jar")
        javac = os.environ.get("JAVAC") or shutil.which("javac")
        java = os.environ.get("JAVA") or shutil.which("java")
        if os.path.exists(jar) and javac and java:
            classes = os.path.join(tmp, "classes")
            os.mkdir(classes)
            subprocess.run([javac, "-encoding", "UTF-8", "-cp", jar, "-d", classes,
                            os.path.join(HERE, "BindingsBench.java")], check=True)
            jcmd = [java, "-Djava.library.path=" + os.path.join(b, "bindings", "java", ".libs"),
                    "-cp", jar + ":" + classes, "BindingsBench", batch]
            t_java = best(jcmd, args.runs, e)
            t_java_json = best(jcmd + ["json"], args.runs, e)
            inproc = subprocess.run(jcmd, stdout=subprocess.PIPE, check=True, env=e,
                                    universal_newlines=True).stdout.split()[1]
            results["java"] = t_java
            print("  java evaluateBatch                 %7.3f s   (with toJson(): %.3f s;"
                  " in-process %.3f s)" % (t_java, t_java_json, float(inproc)))
        else:
            print("  java: not built (no geshibai.jar or JDK)")

        ratio_py = results["python"] / t_cli
        line = "bench bindings: python/cli ratio %.2fx (target <= 1.5x)" % ratio_py
        if "java" in results:
            line += ", java/cli ratio %.2fx (target <= 1.3x)" % (results["java"] / t_cli)
        print(line)

        # batch from data: JSON Lines held in memory
        jsonl = os.path.join(tmp, "batch.jsonl")
        with open(jsonl, "wb") as out:
            subprocess.run([python, os.path.join(args.srcdir, "tests", "xml2json.py"), "--lines",
                            batch], stdout=out, check=True)
        t_cli_json = best([cli, "evaluate", "--format", "json", jsonl], args.runs, e)
        print("  geshibai evaluate --format json (JSON Lines) %7.3f s" % t_cli_json)
        t_py_data = inprocess([python, "-c", PY_DATA, jsonl], args.runs, e)
        line = "bench bindings from data: python evaluate_many(dicts) %.3f s, ratio %.2fx" % (
            t_py_data, t_py_data / t_cli_json)
        print("  python evaluate_many(dicts)        %7.3f s (in-process)" % t_py_data)
        if "java" in results:
            t_java_data = inprocess(jcmd[:-1] + [jsonl, "data"], args.runs, e)
            print("  java evaluateJson(String) each     %7.3f s (in-process)" % t_java_data)
            line += "; java evaluateJson %.3f s, ratio %.2fx" % (t_java_data,
                                                                 t_java_data / t_cli_json)
        print(line)


if __name__ == "__main__":
    main()
