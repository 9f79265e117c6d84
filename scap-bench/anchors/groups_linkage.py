#!/usr/bin/python3
"""Agglomerative peer groups with SciPy, the anchor of `scap groups --method hierarchical`.

    groups_linkage.py FILE [--metric jaccard|cosine] [--weights presence|projects|priority]
                           [--taxonomy ID] [--rollup] [--year Y]
                           [--linkage average|complete|single] [--groups K]
                           [--dendrogram] [-o OUT]

Reads the document (JSON load included in the time), builds the profiles as scap does
(scap_profiles.py), takes the condensed distances 1 - similarity with
scipy.spatial.distance.pdist (a pair with a zero profile has distance 1, as scap scores it
0), clusters them with scipy.cluster.hierarchy.linkage and cuts the tree into K groups with
fcluster(..., criterion="maxclust").

Writes {"groups": [{"group", "members"}]}, groups numbered from 1 in document order of
their first members as scap numbers them; also "firstMerges", the groups left by the first
n - K rows of the linkage matrix (scap's cut: "undoing the last K - 1 merges"), when they
differ from fcluster's; with --dendrogram, "dendrogram": the linkage matrix, rows
[left, right, distance, size].
"""

import argparse
import sys
import time

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import pdist

import scap_profiles


def distances(x, metric):
    """Condensed distances 1 - similarity; 1 for every pair with a zero profile."""
    n = x.shape[0]
    zero = ~x.any(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        if metric == "jaccard":
            d = pdist(x > 0, "jaccard")
        else:
            d = pdist(x, "cosine")
    if zero.any():
        # pdist's order: pair (i, j), i < j, at n*i - i*(i+1)/2 + (j - i - 1).
        i, j = np.triu_indices(n, 1)
        d[zero[i] | zero[j]] = 1.0
    np.nan_to_num(d, copy=False, nan=1.0)
    return d


def numbered(labels):
    """Groups as lists of leaf indexes, numbered in order of their first members."""
    groups = {}
    for leaf, label in enumerate(labels):
        groups.setdefault(label, []).append(leaf)
    return list(groups.values())


def first_merges(z, n, k):
    """The groups left by the first n - k merges of a linkage matrix."""
    parent = list(range(2 * n - 1))

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for r in range(n - k):
        left, right = int(z[r, 0]), int(z[r, 1])
        parent[find(left)] = n + r
        parent[find(right)] = n + r
    return numbered([find(leaf) for leaf in range(n)])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    scap_profiles.add_profile_arguments(parser)
    scap_profiles.add_anchor_arguments(parser)
    parser.add_argument("--linkage", choices=("average", "complete", "single"),
                        default="average")
    parser.add_argument("--groups", type=int, required=True)
    parser.add_argument("--dendrogram", action="store_true")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    ids, _, x = scap_profiles.load_arguments(parser, args)
    n = len(ids)
    if not 1 <= args.groups <= n:
        parser.error("cannot cut %d cities into %d groups" % (n, args.groups))
    t1 = time.perf_counter()
    d = distances(x, args.metric)
    t2 = time.perf_counter()
    z = linkage(d, method=args.linkage)
    del d
    t3 = time.perf_counter()
    groups = numbered(fcluster(z, args.groups, criterion="maxclust"))
    t4 = time.perf_counter()
    result = {"metric": args.metric, "weights": args.weights, "linkage": args.linkage,
              "groups": [{"group": g + 1, "members": [ids[m] for m in members]}
                         for g, members in enumerate(groups)]}
    first = first_merges(z, n, args.groups)
    if first != groups:
        result["firstMerges"] = [{"group": g + 1, "members": [ids[m] for m in members]}
                                 for g, members in enumerate(first)]
    if args.dendrogram:
        result["dendrogram"] = [[int(r[0]), int(r[1]), float(r[2]), int(r[3])] for r in z]
    scap_profiles.write_json(result, args.output)
    t5 = time.perf_counter()
    if args.timings:
        print("load %.2f s, pdist %.2f s, linkage %.2f s, fcluster %.2f s, write %.2f s"
              % (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), file=sys.stderr)


if __name__ == "__main__":
    main()
