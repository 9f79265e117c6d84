#!/usr/bin/python3
"""Cross-checks scap against the SciPy anchors, and both against exact arithmetic.

    crosscheck.py --jar scap-cli/target/scap.jar FILE [--weights presence|projects|priority]
                  [--metric jaccard|cosine] [--top 10] [--groups 20]
                  [--taxonomy ID] [--rollup] [--year Y] [--keep DIR]

Runs `scap overlap --format json --top K` and `scap groups --method hierarchical --linkage
average --groups G` (and its `--dendrogram`) on FILE with the given profile options, then
overlap_topk.py and groups_linkage.py on the same file, and compares:

- top-K peers: each city's peer ids, in order, and their scores, against SciPy's and
  against the exact ranking (scores compared as exact rationals: Jaccard = |A∩B| / |A∪B|,
  cosine through its square a² / (b·c), equal scores ordered by id); each score scap
  prints against the double nearest to the exact value;
- groups: scap's groups against fcluster's, as partitions (and against the first n - G
  merges of SciPy's linkage matrix where these differ from fcluster's);
- dendrogram: scap's merges against SciPy's linkage matrix, row by row (pair and size
  exactly, distance within 1e-12), reporting the first row that differs and whether a tie
  (two candidate distances within 1e-12) sits there.

The exact ranking needs integer weights (presence, projects) or cosine on priority
weights (1/p: each profile is scaled to integers, which leaves cosine unchanged). Prints what it found and
exits 1 when scap disagrees with the exact ranking or with SciPy where no tie explains it.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from decimal import Decimal, getcontext
from fractions import Fraction
from math import gcd

import numpy as np

import scap_profiles

HERE = os.path.dirname(os.path.abspath(__file__))
TIE = 1e-12


def run(cmd):
    done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit("failed (%d): %s\n%s" % (done.returncode, " ".join(cmd), done.stderr))


def profile_options(args):
    opts = ["--weights", args.weights]
    if args.taxonomy:
        opts += ["--taxonomy", args.taxonomy]
    if args.rollup:
        opts.append("--rollup")
    if args.year is not None:
        opts += ["--year", str(args.year)]
    return opts


def integer_rows(x):
    """Priority weights 1/p, each row scaled by the least common multiple of its p: cosine
    does not change when a profile is scaled."""
    w = np.zeros(x.shape, dtype=np.int64)
    for i, row in enumerate(x):
        ps = [int(round(1 / v)) if v > 0 else 0 for v in row]
        if any(p and 1.0 / p != v for p, v in zip(ps, row)):
            raise ValueError("weights that are neither integers nor 1/p")
        scale = 1
        for p in ps:
            if p:
                scale = scale * p // gcd(scale, p)
        w[i] = [scale // p if p else 0 for p in ps]
    return w


class Exact:
    """Exact scores of every pair of integer profiles."""

    def __init__(self, x, metric):
        w = x.astype(np.int64)
        if not np.array_equal(w, x):
            if metric != "cosine":
                raise ValueError("exact scores need integer weights, or cosine")
            w = integer_rows(x)
        self.metric = metric
        if metric == "jaccard":
            b = (w > 0).astype(np.int64)
            self.num = b @ b.T
            size = b.sum(axis=1)
            self.den = size[:, None] + size[None, :] - self.num
        else:
            self.num = w @ w.T
            self.norm2 = (w * w).sum(axis=1)
        self.zero = ~x.any(axis=1)

    def key(self, i, j):
        """A Fraction that orders as the score does (the square for cosine)."""
        if self.zero[i] or self.zero[j]:
            return Fraction(0)
        a = int(self.num[i, j])
        if self.metric == "jaccard":
            return Fraction(a, int(self.den[i, j]))
        return Fraction(a * a, int(self.norm2[i]) * int(self.norm2[j]))

    def nearest_double(self, i, j):
        if self.zero[i] or self.zero[j]:
            return 0.0
        if self.metric == "jaccard":
            return float(Fraction(int(self.num[i, j]), int(self.den[i, j])))
        a = int(self.num[i, j])
        bc = int(self.norm2[i]) * int(self.norm2[j])
        getcontext().prec = 60
        return float(Decimal(a) / Decimal(bc).sqrt())

    def top(self, i, k, rank):
        keys = [(self.key(i, j), j) for j in range(self.num.shape[0]) if j != i]
        keys = [(key, j) for key, j in keys if key > 0]
        keys.sort(key=lambda kj: (-kj[0], rank[kj[1]]))
        return keys[:k]


def check_top(args, ids, x, scap, anchor, out):
    exact = Exact(x, args.metric)
    rank = {j: r for r, j in enumerate(sorted(range(len(ids)), key=lambda j: ids[j]))}
    index = {c: i for i, c in enumerate(ids)}
    problems = {"scap vs exact order": [], "tie decided by rounding (scap)": [],
                "scipy vs exact order": [], "tie decided by rounding (scipy)": [],
                "scap score not the nearest double": [], "scap vs scipy score > 1e-12": []}
    for i, (sc, an) in enumerate(zip(scap["cities"], anchor["cities"])):
        assert sc["city"] == ids[i] and an["city"] == ids[i]
        want = exact.top(i, args.top, rank)
        want_ids = [ids[j] for _, j in want]
        scap_ids = [p["city"] for p in sc["peers"]]
        anchor_ids = [p["city"] for p in an["peers"]]
        want_keys = [key for key, _ in want]
        if scap_ids != want_ids:
            got_keys = [exact.key(i, index[c]) for c in scap_ids]
            # The same exact scores in the same places: equal scores ordered by rounding.
            name = ("tie decided by rounding (scap)" if got_keys == want_keys
                    else "scap vs exact order")
            problems[name].append((ids[i], scap_ids, want_ids))
        if anchor_ids != want_ids:
            got_keys = [exact.key(i, index[c]) for c in anchor_ids]
            name = ("tie decided by rounding (scipy)" if got_keys == want_keys
                    else "scipy vs exact order")
            problems[name].append((ids[i], anchor_ids, want_ids))
        for p in sc["peers"]:
            j = index[p["city"]]
            nearest = exact.nearest_double(i, j)
            if p["score"] != nearest:
                problems["scap score not the nearest double"].append(
                    (ids[i], p["city"], p["score"], nearest, str(exact.key(i, j))))
        an_scores = {p["city"]: p["score"] for p in an["peers"]}
        for p in sc["peers"]:
            if p["city"] in an_scores and abs(p["score"] - an_scores[p["city"]]) > TIE:
                problems["scap vs scipy score > 1e-12"].append(
                    (ids[i], p["city"], p["score"], an_scores[p["city"]]))
    print("top-%d peers, %d cities, %s on %s weights:" % (args.top, len(ids), args.metric,
                                                          args.weights), file=out)
    for name, found in problems.items():
        print("  %-40s %d" % (name, len(found)), file=out)
        for item in found[:5]:
            print("    %s" % (item,), file=out)
    return len(problems["scap vs exact order"]) + len(problems["scap vs scipy score > 1e-12"])


def leaf_pair(row, n):
    return row[0] < n and row[1] < n


def partition(groups):
    return sorted(sorted(g["members"]) for g in groups)


def check_groups(args, ids, exact, scap, anchor, scap_tree, out):
    n = len(ids)
    rows = scap_tree["merges"]
    z = anchor["dendrogram"]
    first_diff = None
    for r, (a, b) in enumerate(zip(rows, z)):
        same_pair = sorted(a[:2]) == sorted(b[:2]) and a[3] == b[3]
        if not same_pair or abs(a[2] - b[2]) > TIE:
            first_diff = r
            break
    print("average linkage, %d cities, %s on %s weights:" % (n, args.metric, args.weights),
          file=out)
    if first_diff is None:
        print("  dendrogram: all %d merges equal SciPy's (pairs, sizes; distances within 1e-12)"
              % len(rows), file=out)
    else:
        r = first_diff
        near = [z[q][2] for q in range(max(0, r - 2), min(len(z), r + 3))]
        tie = any(abs(z[q][2] - z[r][2]) <= TIE for q in range(max(0, r - 2), min(len(z), r + 3))
                  if q != r) or abs(rows[r][2] - z[r][2]) <= TIE
        print("  dendrogram: first difference at row %d of %d: scap %s, SciPy %s; "
              "SciPy's distances around it %s; tie there (within 1e-12): %s"
              % (r, len(rows), rows[r], z[r], near, "yes" if tie else "no"), file=out)
        if leaf_pair(rows[r], n) and leaf_pair(z[r], n):
            a = exact.key(rows[r][0], rows[r][1])
            b = exact.key(z[r][0], z[r][1])
            print("  both rows join two leaves; exact %s: scap's pair %s, SciPy's %s (%s)"
                  % ("similarity" if args.metric == "jaccard" else "squared similarity",
                     a, b, "an exact tie" if a == b else "NOT a tie"), file=out)
    cut = n - args.groups
    if 0 < cut < len(z):
        gap = z[cut][2] - z[cut - 1][2]
        print("  cut into %d: last merge kept at distance %r, first undone at %r (gap %.3g)"
              % (args.groups, z[cut - 1][2], z[cut][2], gap), file=out)
    ours = partition(scap["groups"])
    theirs = partition(anchor["groups"])
    same = ours == theirs
    decisive = first_diff is None or first_diff >= cut
    print("  groups: scap's %d groups %s fcluster's %d%s"
          % (len(ours), "equal" if same else "DIFFER from", len(theirs),
             "" if decisive else " (the trees part at row %d, before the cut at row %d:"
             " not a test of the cut)" % (first_diff, cut)), file=out)
    if not same and "firstMerges" in anchor:
        print("  (SciPy's first n - K merges: %s scap's)"
              % ("equal" if partition(anchor["firstMerges"]) == ours else "also differ from"),
              file=out)
    sizes = sorted((len(g) for g in ours), reverse=True)
    print("  group sizes: %s" % sizes, file=out)
    return 0 if same or not decisive else 1


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jar", required=True)
    parser.add_argument("--java", default="java")
    scap_profiles.add_profile_arguments(parser)
    parser.add_argument("--metric", choices=("jaccard", "cosine"), default="jaccard")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--groups", type=int, default=20)
    parser.add_argument("--keep", default=None, help="keep the outputs in this folder")
    args = parser.parse_args(argv)
    work = args.keep or tempfile.mkdtemp(prefix="scap-crosscheck-")
    os.makedirs(work, exist_ok=True)
    opts = profile_options(args) + ["--metric", args.metric]
    scap = [args.java, "-jar", args.jar]
    py = [sys.executable]
    f = os.path.join
    run(scap + ["overlap", args.file, "--format", "json", "--top", str(args.top),
                "-o", f(work, "scap-top.json")] + opts)
    run(py + [f(HERE, "overlap_topk.py"), args.file, "--top", str(args.top),
              "-o", f(work, "scipy-top.json")] + opts)
    run(scap + ["groups", args.file, "--format", "json", "--method", "hierarchical",
                "--linkage", "average", "--groups", str(args.groups),
                "-o", f(work, "scap-groups.json")] + opts)
    run(scap + ["groups", args.file, "--format", "json", "--method", "hierarchical",
                "--linkage", "average", "--dendrogram", "-o", f(work, "scap-dendrogram.json")]
        + opts)
    run(py + [f(HERE, "groups_linkage.py"), args.file, "--linkage", "average", "--groups",
              str(args.groups), "--dendrogram", "-o", f(work, "scipy-groups.json")] + opts)

    def load(name):
        with open(f(work, name), encoding="utf-8") as file:
            return json.load(file)

    ids, _, x = scap_profiles.load(args.file, args.weights, args.taxonomy, args.rollup,
                                   args.year)
    print("%s (%s)" % (args.file, " ".join(opts)))
    bad = check_top(args, ids, x, load("scap-top.json"), load("scipy-top.json"), sys.stdout)
    bad += check_groups(args, ids, Exact(x, args.metric), load("scap-groups.json"), load("scipy-groups.json"),
                        load("scap-dendrogram.json"), sys.stdout)
    print("outputs in %s" % work)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
