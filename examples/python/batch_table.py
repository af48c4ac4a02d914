#!/usr/bin/env python3
"""Decide every application in a folder and print a table of tier and grant.

    python3 batch_table.py [FOLDER] [--as-of YYYY-MM-DD]

Each *.xml in FOLDER holding an application or a batch (<applications>) is
evaluated with the built-in policy; documents of other kinds (ledgers,
parameters) are skipped.
"""

import argparse
import decimal
import glob
import os
import sys

import geshibai


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=".")
    ap.add_argument("--as-of", default=None)
    args = ap.parse_args()

    rows, total = [], decimal.Decimal("0.00")
    with geshibai.Policy() as policy:
        for path in sorted(glob.glob(os.path.join(args.folder, "*.xml"))):
            with open(path, "rb") as f:
                head = f.read(400)
            if b"<application" not in head:
                continue  # a ledger or a parameters file
            with policy.evaluate_batch(path, args.as_of) as batch:
                for item in batch:
                    if isinstance(item, geshibai.Error):
                        rows.append((item.application or "?", "error", item.status, ""))
                        continue
                    with item as d:
                        rows.append((d.application or "?", d.outcome.value, d.tier.value,
                                     str(d.granted)))
                        total += d.granted

    width = max([len(r[0]) for r in rows] + [11])
    print("%-*s  %-11s  %-14s  %16s" % (width, "application", "outcome", "tier", "granted"))
    for app, outcome, tier, granted in rows:
        print("%-*s  %-11s  %-14s  %16s" % (width, app, outcome, tier, granted))
    print("%-*s  %-11s  %-14s  %16s" % (width, "total", "", "", total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
