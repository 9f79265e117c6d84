#!/usr/bin/python3
"""The roundtable seating of `scap roundtables` as a linear program, solved by SciPy's HiGHS.

Reads a scap JSON document and the plan that `scap roundtables --format json` printed for it
(for the number of tables of each hosted theme, after scap's drops), builds each city's
profile as docs/CLI.md defines it (the latest plan; `priority`: 1/p for a focus area of
priority p, p = the number of the plan's focus areas when it has none, the largest 1/p per
theme; `projects`: 1 per focus area plus 1 per project naming the theme; `presence`: 1), and
solves

    maximise   sum of w(c, t) x(c, t) over candidate pairs (w > 0), 0 <= x <= 1
    subject to sum over t of x(c, t) <= R                for every city c
               N k(t) <= sum over c of x(c, t) <= M k(t)  for every hosted theme t

with scipy.optimize.linprog(method="highs"). The constraint matrix is that of a network
(cities and themes, one arc per pair), so the LP has an integral optimum: the LP optimum is the
seating optimum. Prints the optimum, as HiGHS gives it and exactly (the sum of the weights of
the pairs with x > 1/2, as a fraction), scap's total weight from the plan, and the times.

Usage: roundtables_lp.py DOCUMENT.json PLAN.json [--weights priority|projects|presence]
           [--per-city R] [--min-seats N] [--max-seats M] [-o RESULT.json]

With -o, also writes the result as JSON: the exact optimum as a fraction and as the nearest
double (`totalWeight`, as scap's plan gives it), HiGHS's optimum, and the problem's size.
"""

import argparse
import json
import time
from fractions import Fraction

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import coo_matrix


def complete(period):
    return period is not None and period.get("start") is not None \
        and period.get("end") is not None


def later_or_equal(a, b):
    """PlanChoice.latest: a complete period beats none; then the later end, then start."""
    pa, pb = a.get("period"), b.get("period")
    if complete(pa) != complete(pb):
        return complete(pa)
    if not complete(pa):
        return True
    return (pa["end"], pa["start"]) >= (pb["end"], pb["start"])


def profiles(document, weighting):
    taxonomy = document["taxonomies"][0]
    themes = [t["id"] for t in taxonomy["themes"]]
    known = set(themes)
    latest = {}
    for plan in document.get("plans", []):
        city = plan["city"]
        if city not in latest or later_or_equal(plan, latest[city]):
            latest[city] = plan
    result = {}
    for city in (c["id"] for c in document["cities"]):
        weights = {}
        plan = latest.get(city)
        if plan is not None:
            areas = plan.get("focusAreas", [])
            if weighting == "priority":
                for area in areas:
                    if area["theme"] in known:
                        p = area.get("priority") or len(areas)
                        w = Fraction(1, p)
                        weights[area["theme"]] = max(weights.get(area["theme"], 0), w)
            else:
                for area in areas:
                    if area["theme"] in known:
                        weights[area["theme"]] = Fraction(1)
                for project in plan.get("projects", []):
                    for theme in set(project.get("themes", [])):
                        if theme in known:
                            if weighting == "presence":
                                weights[theme] = Fraction(1)
                            else:
                                weights[theme] = weights.get(theme, 0) + 1
        result[city] = weights
    return themes, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("document")
    parser.add_argument("plan")
    parser.add_argument("--weights", default="priority",
                        choices=["priority", "projects", "presence"])
    parser.add_argument("--per-city", type=int, default=2)
    parser.add_argument("--min-seats", type=int, default=4)
    parser.add_argument("--max-seats", type=int, default=8)
    parser.add_argument("-o", "--output")
    args = parser.parse_args()

    start = time.perf_counter()
    with open(args.document, encoding="utf-8") as f:
        document = json.load(f)
    with open(args.plan, encoding="utf-8") as f:
        plan = json.load(f)
    loaded = time.perf_counter()

    themes, weights = profiles(document, args.weights)
    tables = {}
    for table in plan["tables"]:
        tables[table["theme"]] = tables.get(table["theme"], 0) + 1
    hosted = [t for t in themes if t in tables]
    column = {t: i for i, t in enumerate(hosted)}
    cities = [c["id"] for c in document["cities"]]
    pairs = [(c, t, w) for c in cities for t, w in weights[c].items() if t in column]
    n, h, m = len(cities), len(hosted), len(pairs)
    row = {c: i for i, c in enumerate(cities)}
    variables = np.arange(m)
    city_rows = np.array([row[c] for c, _, _ in pairs])
    theme_rows = np.array([column[t] for _, t, _ in pairs])
    # rows: n city limits, h theme maxima, h theme minima (negated)
    rows = np.concatenate([city_rows, n + theme_rows, n + h + theme_rows])
    cols = np.concatenate([variables, variables, variables])
    values = np.concatenate([np.ones(m), np.ones(m), -np.ones(m)])
    matrix = coo_matrix((values, (rows, cols)), shape=(n + 2 * h, m)).tocsr()
    k = np.array([tables[t] for t in hosted], dtype=float)
    bounds_ub = np.concatenate([np.full(n, float(args.per_city)), args.max_seats * k,
                                -args.min_seats * k])
    cost = -np.array([float(w) for _, _, w in pairs])
    built = time.perf_counter()

    result = linprog(cost, A_ub=matrix, b_ub=bounds_ub, bounds=(0, 1), method="highs")
    solved = time.perf_counter()
    if result.status != 0:
        print(f"HiGHS: {result.message}")
        raise SystemExit(1)
    exact = sum((w for (_, _, w), x in zip(pairs, result.x) if x > 0.5), Fraction(0))
    fractional = int(np.sum((result.x > 1e-9) & (result.x < 1 - 1e-9)))
    print(f"cities {n}, hosted themes {h}, tables {int(k.sum())}, pairs {m}")
    print(f"optimum (HiGHS)  {-result.fun!r}")
    print(f"optimum (exact)  {exact} = {float(exact)!r}; fractional x: {fractional}")
    print(f"scap totalWeight {plan['totalWeight']!r}"
          f" ({'equal' if float(exact) == plan['totalWeight'] else 'DIFFERENT'})")
    print(f"time: load {loaded - start:.3f} s, build {built - loaded:.3f} s,"
          f" HiGHS {solved - built:.3f} s, total {solved - start:.3f} s")
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            json.dump({"optimum": str(exact), "totalWeight": float(exact),
                       "highs": -result.fun, "cities": n, "hostedThemes": h,
                       "tables": int(k.sum()), "pairs": m}, f)


if __name__ == "__main__":
    main()
