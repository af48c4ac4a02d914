#!/usr/bin/env python3
"""Convert applications from XML to JSON by the rules of docs/json.md.

    xml2json.py FILE.xml            one application -> one object,
                                    <applications>  -> an array
    xml2json.py --lines FILE.xml    a batch as JSON Lines (one per line)

Written apart from the library (ElementTree, not libxml2) so that the tests
comparing the two forms compare two independent readings of the rules.
A value that JSON cannot type as the rules say (a year that is not digits, a
boolean that is not true/false/1/0) is kept as a string, so that the library
refuses it in JSON too.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

NS = "{urn:geshibai:1}"

BOOL_ELEMENTS = {
    "capable", "builder", "owner", "operatingWell", "developmentPlan", "overallStrength",
    "precisePositioning", "userBase", "prospects", "demonstrationEffect", "governmentLed",
    "thirdPartyOperated", "intranetUpgrade", "industryLeading",
}
BOOL_ATTRS = {"dishonestDebtor", "seriousDishonesty", "majorTaxViolation", "recognised",
              "keySupport"}
INT_ATTRS = {"year", "connectedDevices", "apiCallsPerDay", "enterprisesServed"}
LISTS = {"industries", "domains", "resources", "capabilities", "functions",
         "regionalFunctions", "clusters", "scenarios"}


def local(tag):
    return tag[len(NS):] if tag.startswith(NS) else tag


def boolean(text):
    t = (text or "").strip(" \t\r\n")
    if t in ("true", "1"):
        return True
    if t in ("false", "0"):
        return False
    return text


def integer(text):
    t = (text or "").strip(" \t\r\n")
    return int(t) if re.fullmatch(r"[0-9]+", t) else text


def attrs(el):
    out = {}
    for name, value in el.attrib.items():
        if name in BOOL_ATTRS:
            out[name] = boolean(value)
        elif name in INT_ATTRS:
            out[name] = integer(value)
        else:
            out[name] = value
    return out


def text(el):
    return el.text or ""


def applicant(el):
    out = {}
    for c in el:
        name = local(c.tag)
        if name == "credit":
            out[name] = attrs(c)
        elif name in BOOL_ELEMENTS:
            out[name] = boolean(text(c))
        else:
            out[name] = text(c)
    return out


def platform(el):
    out = attrs(el)
    for c in el:
        name = local(c.tag)
        if name == "metrics":
            out[name] = attrs(c)
        elif name in LISTS:
            out[name] = [text(i) for i in c]
        elif name in BOOL_ELEMENTS:
            out[name] = boolean(text(c))
        else:
            out[name] = text(c)
    return out


def listing(el):
    out = attrs(el)
    if el.text:
        out["title"] = el.text
    return out


def application(el):
    out = attrs(el)
    for c in el:
        name = local(c.tag)
        if name == "applicant":
            out[name] = applicant(c)
        elif name == "platform":
            out[name] = platform(c)
        elif name == "listings":
            out[name] = [listing(i) for i in c]
        elif name == "review":
            out[name] = attrs(c)
        elif name == "funding":
            out[name] = [dict(kind=local(i.tag), **attrs(i)) for i in c]
        elif name == "effect":
            out[name] = {"kpis": [attrs(i) for i in c]}
    return out


def convert(path, lines=False):
    root = ET.parse(path).getroot()
    if local(root.tag) == "applications":
        apps = [application(a) for a in root]
        if lines:
            return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in apps)
        return json.dumps(apps, ensure_ascii=False, indent=1) + "\n"
    return json.dumps(application(root), ensure_ascii=False, indent=2) + "\n"


def main(argv):
    lines = "--lines" in argv
    files = [a for a in argv if a != "--lines"]
    if len(files) != 1:
        sys.stderr.write("usage: xml2json.py [--lines] FILE.xml\n")
        return 2
    sys.stdout.write(convert(files[0], lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
