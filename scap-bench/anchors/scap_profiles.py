"""City profiles of a SCAP document, built as scap builds them (docs/CLI.md, "Metrics").

Only the standard library and NumPy. A profile weighs each theme of one taxonomy (the
document's first unless one is named) from one plan per city:

- the plan: with a reference year, the latest plan whose period contains it, else the
  latest plan; the latest is the one whose period ends last, then starts last, then comes
  last in the document, a plan without a complete period being older than any with one;
- presence: 1 for each theme that a focus area or a project of the plan names;
- projects: (1 if a focus area names the theme) + (the number of the plan's projects that
  name it, each project counted once per theme);
- priority: 1/p for a focus area of priority p; a focus area without priority counts as
  the plan's lowest priority (p = the number of its focus areas, of every taxonomy); the
  largest such weight when several focus areas fall on one theme (under rollup); themes
  named only by projects weigh 0;
- rollup: each theme counts as its top-level ``broader`` theme, and the profile has the
  taxonomy's top-level themes only.

Themes of other taxonomies are ignored. Cities are kept in document order; a city without
a plan, or whose plan names none of the themes, has a zero profile.
"""

import json
import sys

import numpy as np

WEIGHTS = ("presence", "projects", "priority")


def read(path):
    """Reads a whole JSON document, as the analyses of scap read it."""
    with open(path, "rb") as f:
        return json.load(f)


def _period_key(plan):
    period = plan.get("period")
    if period is None or period.get("start") is None or period.get("end") is None:
        return (0, 0, 0)
    return (1, period["end"], period["start"])


def _latest(plans):
    best = None
    for plan in plans:
        # ">=": of equal periods the one that comes last wins.
        if best is None or _period_key(plan) >= _period_key(best):
            best = plan
    return best


def choose_plan(plans, year=None):
    """The plan an analysis uses for one city's plans, in document order."""
    if year is not None:
        containing = [p for p in plans if p.get("period") is not None
                      and p["period"].get("start") is not None
                      and p["period"].get("end") is not None
                      and p["period"]["start"] <= year <= p["period"]["end"]]
        if containing:
            return _latest(containing)
    return _latest(plans)


def profiles(document, weights="presence", taxonomy=None, rollup=False, year=None):
    """Returns (city ids, theme ids, n x T float64 weights) in document and taxonomy order."""
    if weights not in WEIGHTS:
        raise ValueError("unknown weights %r; they are %s" % (weights, ", ".join(WEIGHTS)))
    taxonomies = document.get("taxonomies") or []
    if not taxonomies:
        raise ValueError("the document has no taxonomy")
    if taxonomy is None:
        chosen = taxonomies[0]
    else:
        matches = [t for t in taxonomies if t["id"] == taxonomy]
        if not matches:
            raise ValueError("the document has no taxonomy %s" % taxonomy)
        chosen = matches[0]
    if rollup:
        themes = [t["id"] for t in chosen["themes"] if t.get("broader") is None]
    else:
        themes = [t["id"] for t in chosen["themes"]]
    index = {theme: i for i, theme in enumerate(themes)}
    if rollup:
        broader = {}
        for tax in taxonomies:
            for t in tax["themes"]:
                broader.setdefault(t["id"], t.get("broader"))
        for t in chosen["themes"]:
            top, seen = t["id"], set()
            while broader.get(top) is not None and top not in seen:
                seen.add(top)
                top = broader[top]
            if top in index and t["id"] not in index:
                index[t["id"]] = index[top]

    cities = [c["id"] for c in document.get("cities") or []]
    by_city = {}
    for plan in document.get("plans") or []:
        by_city.setdefault(plan["city"], []).append(plan)

    x = np.zeros((len(cities), len(themes)), dtype=np.float64)
    for i, city in enumerate(cities):
        plan = choose_plan(by_city.get(city, []), year)
        if plan is None:
            continue
        row = x[i]
        areas = plan.get("focusAreas") or []
        projects = plan.get("projects") or []
        if weights == "priority":
            lowest = len(areas)
            for area in areas:
                t = index.get(area["theme"])
                if t is not None:
                    p = area.get("priority")
                    row[t] = max(row[t], 1.0 / (p if p is not None else lowest))
            continue
        for area in areas:
            t = index.get(area["theme"])
            if t is not None:
                row[t] = 1.0
        for project in projects:
            named = {index[t] for t in project.get("themes") or [] if t in index}
            for t in named:
                row[t] = 1.0 if weights == "presence" else row[t] + 1.0
    return cities, themes, x


def load(path, weights="presence", taxonomy=None, rollup=False, year=None):
    """Reads a document and returns its profiles, as ``profiles`` does."""
    return profiles(read(path), weights, taxonomy, rollup, year)


def add_profile_arguments(parser):
    """The options of scap that make the profiles, with scap's defaults."""
    parser.add_argument("file", help="the SCAP document (JSON)")
    parser.add_argument("--weights", choices=WEIGHTS, default="presence")
    parser.add_argument("--taxonomy", default=None)
    parser.add_argument("--rollup", action="store_true")
    parser.add_argument("--year", type=int, default=None)


def add_anchor_arguments(parser):
    """The options every anchor takes besides the profiles': metric, output and timings."""
    parser.add_argument("--metric", choices=("jaccard", "cosine"), default="jaccard")
    parser.add_argument("-o", "--output", default=None)
    parser.add_argument("--timings", action="store_true",
                        help="print the time of each step on standard error")


def load_arguments(parser, args):
    """The profiles the parsed options ask for, refusing Jaccard on weights it is not for."""
    if args.metric == "jaccard" and args.weights != "presence":
        parser.error("jaccard is compared on presence weights only")
    return load(args.file, args.weights, args.taxonomy, args.rollup, args.year)


def write_json(value, path):
    """Writes a value as JSON, to standard output for None or "-"."""
    if path is None or path == "-":
        json.dump(value, sys.stdout, separators=(",", ":"))
        sys.stdout.write("\n")
    else:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(value, f, separators=(",", ":"))
            f.write("\n")
