#!/usr/bin/python3
"""Compares one result of scap with its anchor's, as side_by_side.sh does after each row.

    compare.py top SCAP.json SCIPY.json      # overlap: peer ids in order, scores
    compare.py groups SCAP.json SCIPY.json   # groups: the two partitions
    compare.py roundtables SCAP.json LP.json # roundtables: scap's total weight, the optimum

Prints one line. Floating-point ties may order equal scores differently on the two sides,
and may send average linkage down another tree; crosscheck.py tells those from errors. A
roundtable total that is not the LP's optimum has no such excuse: it exits 1.
"""

import json
import sys


def read(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def top(a, b):
    cities = len(a["cities"])
    same_ids = 0
    same_set = 0
    worst = 0.0
    for x, y in zip(a["cities"], b["cities"]):
        xi = [p["city"] for p in x["peers"]]
        yi = [p["city"] for p in y["peers"]]
        same_ids += xi == yi
        same_set += sorted(xi) == sorted(yi)
        ys = {p["city"]: p["score"] for p in y["peers"]}
        for p in x["peers"]:
            if p["city"] in ys:
                worst = max(worst, abs(p["score"] - ys[p["city"]]))
    return ("peers equal in order for %d of %d cities (as sets: %d); largest score difference"
            " %.3g" % (same_ids, cities, same_set, worst))


def groups(a, b):
    def partition(result):
        return sorted(sorted(g["members"]) for g in result["groups"])
    pa, pb = partition(a), partition(b)
    sizes = sorted((len(g) for g in pa), reverse=True)
    return ("groups %s (%d and %d groups; scap's sizes %s)"
            % ("equal" if pa == pb else "differ", len(pa), len(pb),
               sizes if len(sizes) <= 20 else sizes[:20] + ["..."]))


def roundtables(a, b):
    equal = a["totalWeight"] == b["totalWeight"]
    line = ("total weight %r, the LP's exact optimum %s = %r: %s"
            % (a["totalWeight"], b["optimum"], b["totalWeight"],
               "equal" if equal else "DIFFERENT"))
    return line if equal else Wrong(line)


class Wrong(str):
    """A line that reports a result that cannot be right."""


def main():
    kinds = {"top": top, "groups": groups, "roundtables": roundtables}
    if len(sys.argv) != 4 or sys.argv[1] not in kinds:
        sys.exit(__doc__)
    kind, a, b = sys.argv[1], read(sys.argv[2]), read(sys.argv[3])
    line = kinds[kind](a, b)
    print(line)
    if isinstance(line, Wrong):
        sys.exit(1)


if __name__ == "__main__":
    main()
