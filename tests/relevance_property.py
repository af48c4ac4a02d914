#!/usr/bin/env python3
"""The property of relevance (docs/relevance.md), over a generated corpus.

For every decision that carries relevance, the needs are applied to the
application *document* by their fact paths (a need without a value — a fact
that names the applicant — gets a plausible value), the result is decided
again on the same as-of date, and it must give exactly the potential:
outcome, tier and grant to the fen. Eligibility needs are minimal: leaving
out any one leaves the outcome incomplete. A list threshold is met with the
fewest items: leaving out one item leaves a criterion it feeds not true.

Usage: relevance_property.py GESHIBAI GEN_APPS [PARAMS.xml]; TAP on stdout.
"""
import copy
import json
import random
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

NS = "urn:geshibai:1"
Q = "{%s}" % NS
AS_OF = "2019-09-30"
ET.register_namespace("", NS)

# Values for needs without one (facts that name the applicant): a valid
# Shandong credit code, a Shandong division, a legal person.
NAMING = {
    "applicant/uscc": "91370200718018514D",
    "applicant/division": "370212",
    "applicant/legalForm": "enterprise-legal-person",
}

# Optional facts a mutation may remove: elements and attributes by path.
REMOVABLE = [
    "applicant/uscc", "applicant/division", "applicant/legalForm",
    "applicant/credit/@dishonestDebtor", "applicant/credit/@seriousDishonesty",
    "applicant/credit/@majorTaxViolation", "applicant/capable", "applicant/builder",
    "applicant/owner", "platform/operatingWell", "platform/developmentPlan",
    "platform/prospects", "platform/governmentLed", "platform/thirdPartyOperated",
    "platform/intranetUpgrade", "platform/industryLeading", "platform/@builderType",
    "platform/industries", "platform/domains", "platform/resources",
    "platform/capabilities", "platform/functions", "platform/regionalFunctions",
    "platform/clusters", "platform/scenarios", "platform/metrics/@connectedDevices",
    "platform/metrics/@apiCallsPerDay", "review/@recognised", "review/@keySupport",
]

tests = 0
failures = 0


def report(ok, desc):
    global tests, failures
    tests += 1
    if not ok:
        failures += 1
    print("%s %d - %s" % ("ok" if ok else "not ok", tests, " ".join(desc.split())))
    sys.stdout.flush()


def steps(path):
    parts = path.split("/")
    attr = parts[-1][1:] if parts[-1].startswith("@") else None
    return (parts[:-1] if attr else parts), attr


def find_or_make(app, elems):
    node = app
    for name in elems:
        child = node.find(Q + name)
        if child is None:
            child = ET.SubElement(node, Q + name)
        node = child
    return node


def remove(app, path):
    elems, attr = steps(path)
    parent = app
    for name in elems[:-1] if not attr else elems:
        parent = parent.find(Q + name)
        if parent is None:
            return
    if attr:
        parent.attrib.pop(attr, None)
    else:
        node = parent.find(Q + elems[-1])
        if node is not None:
            parent.remove(node)


def apply_need(app, need):
    """Add a need to the application document by its fact path."""
    value = need.get("value", NAMING.get(need["fact"]))
    elems, attr = steps(need["fact"])
    if attr:
        find_or_make(app, elems).set(attr, value)
        return
    # a path ending in a list item (platform/functions/function): add an item
    if len(elems) == 3 and elems[0] == "platform":
        ET.SubElement(find_or_make(app, elems[:2]), Q + elems[2]).text = value
        return
    find_or_make(app, elems).text = value


def decide(cli, apps, params):
    root = ET.Element(Q + "applications")
    root.extend(apps)
    with tempfile.NamedTemporaryFile("wb", suffix=".xml", delete=False) as f:
        f.write(ET.tostring(root, encoding="utf-8", xml_declaration=True))
        path = f.name
    cmd = [cli, "evaluate", "--format", "json", "--lang", "en", "--as-of", AS_OF]
    if params:
        cmd += ["--params", params]
    out = subprocess.run(cmd + [path], capture_output=True, check=False)
    if out.returncode not in (0, 1):
        sys.exit("geshibai failed: " + out.stderr.decode())
    result = json.loads(out.stdout)
    return result if isinstance(result, list) else [result]


def corpus(gen, seed, n):
    batch = subprocess.run([gen, str(n), str(seed)], capture_output=True, check=True).stdout
    apps = list(ET.fromstring(batch))
    rng = random.Random(seed)
    for app in apps:
        # remove a few facts from most applications: every kind of need
        for path in rng.sample(REMOVABLE, rng.choice([0, 1, 2, 3, 5, 8])):
            remove(app, path)
    return apps


def main():
    cli, gen = sys.argv[1], sys.argv[2]
    params = sys.argv[3] if len(sys.argv) > 3 else None
    apps = corpus(gen, 2018, 400)
    decisions = decide(cli, apps, params)
    report(len(decisions) == len(apps), "one decision per generated application")

    with_rel = [(a, d) for a, d in zip(apps, decisions) if "relevance" in d]
    kinds = {k: sum(1 for _, d in with_rel if any(k in n["for"][0] for n in d["relevance"]["needs"]))
             for k in ("applicant.", "project.", "comprehensive", "cross-domain", "enterprise/",
                       "subsidy")}
    report(len(with_rel) >= 100 and all(kinds.values()),
           "the corpus has hundreds of decisions with relevance, of every kind of need (%d; %s)"
           % (len(with_rel), kinds))

    # no relevance: eligible, every tier determined, nothing waiting on review
    quiet = [d for d in decisions if "relevance" not in d and "error" not in d]
    report(all(d["eligibility"]["outcome"] != "incomplete" and not d["tier"].get("undetermined")
               for d in quiet), "a decision without relevance is complete and determined")

    # the property: applying every need gives exactly the potential
    applied = []
    for app, d in with_rel:
        a = copy.deepcopy(app)
        for need in d["relevance"]["needs"]:
            apply_need(a, need)
        applied.append(a)
    again = decide(cli, applied, params)
    bad = [(d["application"], d["relevance"]["potential"], r.get("error") or
            (r["eligibility"]["outcome"], r["tier"]["classified"], r["subsidy"]["granted"]))
           for (_, d), r in zip(with_rel, again)
           if "error" in r or d["relevance"]["potential"] != {
               "outcome": r["eligibility"]["outcome"], "tier": r["tier"]["classified"],
               "granted": r["subsidy"]["granted"]}]
    report(not bad, "applying the needs gives exactly the potential (%d decisions)%s"
           % (len(with_rel), "; first differences: %s" % bad[:3] if bad else ""))
    report(all("relevance" not in r for r in again if r["eligibility"]["outcome"] == "eligible"
               and not r["tier"].get("undetermined")),
           "once the needs are supplied nothing is left to ask")

    # minimality of the eligibility needs, and of list thresholds
    variants, expect = [], []
    for app, d in with_rel[:150]:
        needs = d["relevance"]["needs"]
        for i, need in enumerate(needs):
            is_elig = need["for"][0].startswith(("applicant.", "project."))
            is_item = need["fact"].count("/") == 2 and not need["fact"].split("/")[-1].startswith("@") \
                and need["fact"].startswith("platform/")
            if not (is_elig and d["eligibility"]["outcome"] == "incomplete") and not is_item:
                continue
            a = copy.deepcopy(app)
            for j, other in enumerate(needs):
                if j != i:
                    apply_need(a, other)
            variants.append(a)
            expect.append((d["application"], need, is_elig))
    left_out = decide(cli, variants, params)
    elig_bad = [(app_id, n["fact"]) for (app_id, n, e), r in zip(expect, left_out)
                if e and r["eligibility"]["outcome"] != "incomplete"]
    report(sum(1 for x in expect if x[2]) > 50 and not elig_bad,
           "leaving out any one eligibility need leaves the outcome incomplete%s"
           % (": %s" % elig_bad[:3] if elig_bad else ""))
    item_bad = []
    for (app_id, n, e), r in zip(expect, left_out):
        if e:
            continue
        results = {c["id"]: c["result"] for c in r["tier"]["criteria"]}
        if all(results.get(f) == "true" for f in n["for"]):
            item_bad.append((app_id, n["fact"], n.get("value")))
    report(sum(1 for x in expect if not x[2]) > 50 and not item_bad,
           "a list threshold is met with the fewest items%s"
           % (": %s" % item_bad[:3] if item_bad else ""))

    # facts that name the applicant carry no value
    naming = [n for _, d in with_rel for n in d["relevance"]["needs"] if n["fact"] in NAMING]
    report(naming and all("value" not in n for n in naming),
           "credit code, division and legal form needs carry no value (%d)" % len(naming))
    # every need has words and a proof in the report's language
    report(all(n["label"] and n["proof"] and n["provision"] for _, d in with_rel
               for n in d["relevance"]["needs"]), "every need has a label, a proof and a provision")

    outputs(cli, gen)
    print("1..%d" % tests)
    return 1 if failures else 0


def outputs(cli, gen):
    """Relevance in every report format of the command, and the option that
    turns it off."""
    batch = subprocess.run([gen, "60", "7"], capture_output=True, check=True).stdout
    apps = list(ET.fromstring(batch))
    for app in apps:
        remove(app, "applicant/capable")
        remove(app, "platform/resources")
    root = ET.Element(Q + "applications")
    root.extend(apps)
    with tempfile.NamedTemporaryFile("wb", suffix=".xml", delete=False) as f:
        f.write(ET.tostring(root, encoding="utf-8", xml_declaration=True))
        path = f.name
    xsd = sys.argv[0].rsplit("/tests/", 1)[0] + "/data/decision.xsd" if "/tests/" in sys.argv[0] \
        else "data/decision.xsd"

    def run(*args):
        return subprocess.run([cli, "evaluate", "--as-of", AS_OF] + list(args) + [path],
                              capture_output=True, check=False).stdout

    on = json.loads(run("--format", "json"))
    n = sum(1 for d in on if "relevance" in d)
    xml = run("--format", "xml", "--lang", "zh")
    with tempfile.NamedTemporaryFile("wb", suffix=".xml", delete=False) as f:
        f.write(xml)
    valid = subprocess.run(["xmllint", "--noout", "--schema", xsd, f.name], capture_output=True)
    report(valid.returncode == 0 and n > 30 and xml.count(b"<relevance>") == n,
           "the XML report with relevance validates against decision.xsd ("
           + valid.stderr.decode()[-200:] + ")")
    text = run("--format", "text", "--lang", "zh").decode()
    report(text.count("六、补正后可得") == n and "申报单位具有承担项目建设的相应能力" in text
           and "applicant/capable" not in text and "证明材料" in text,
           "the Chinese text report lists labels and proofs, never fact paths")
    text_en = run("--format", "text", "--lang", "en").decode()
    report(text_en.count("6. What it would take") == n and "proof: " in text_en,
           "the English text report too")
    off = [run("--no-relevance", "--format", fmt) for fmt in ("xml", "json", "text")]
    report(all(b"relevance" not in o and "补正后可得".encode() not in o for o in off),
           "--no-relevance leaves it out of every format")
    bare = json.loads(off[1])
    for d in on:
        d.pop("relevance", None)
    report(on == bare, "relevance changes nothing else in the decision")


if __name__ == "__main__":
    sys.exit(main())
