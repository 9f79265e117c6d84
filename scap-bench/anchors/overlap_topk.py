#!/usr/bin/python3
"""Top-k peers of every city with SciPy, the anchor of `scap overlap`.

    overlap_topk.py FILE [--metric jaccard|cosine] [--weights presence|projects|priority]
                         [--taxonomy ID] [--rollup] [--year Y] [--top K] [--min-score S]
                         [-o OUT]

Reads the document (JSON load included in the time), builds the profiles as scap does
(scap_profiles.py), scores every pair with scipy.spatial.distance.pdist (similarity =
1 - distance), expands the condensed distances with squareform and keeps each city's top K
with numpy.argpartition, row block by row block. The contract is scap's (docs/CLI.md): at
most K peers, each scoring above 0 and at least S, by descending score, then by the peer's
id in string order; a city with a zero profile scores 0 with every city. `jaccard` is the
set form on presence weights (SciPy's weighted forms are not scap's).

Writes {"metric", "weights", "top", "cities": [{"city", "peers": [{"city", "score"}]}]}:
the ids and scores of scap's `overlap --format json`, without the shared themes.
"""

import argparse
import sys
import time

import numpy as np
from scipy.spatial.distance import pdist, squareform

import scap_profiles

BLOCK = 512


def similarities(x, metric):
    """n x n similarities; the diagonal and every pair with a zero profile are 0."""
    zero = ~x.any(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        if metric == "jaccard":
            d = pdist(x > 0, "jaccard")
        else:
            d = pdist(x, "cosine")
    s = squareform(d, checks=False)
    del d
    np.subtract(1.0, s, out=s)
    s[zero, :] = 0.0
    s[:, zero] = 0.0
    np.fill_diagonal(s, -np.inf)
    np.nan_to_num(s, copy=False, nan=0.0)
    return s


def top_peers(s, ids, k, min_score):
    """For each row, at most k columns scoring above 0 and at least min_score, best first,
    equal scores by id."""
    n = s.shape[0]
    rank = np.empty(n, dtype=np.int64)
    rank[np.argsort(np.array(ids, dtype=object), kind="stable")] = np.arange(n)
    result = []
    k = min(k, n - 1)
    if k <= 0:
        return [[] for _ in range(n)]
    for start in range(0, n, BLOCK):
        block = s[start:start + BLOCK]
        part = np.argpartition(block, -k, axis=1)[:, -k:]
        kth = np.take_along_axis(block, part, axis=1).min(axis=1)
        ties = (block >= kth[:, None]).sum(axis=1)
        for r in range(block.shape[0]):
            row = block[r]
            cand = part[r] if ties[r] == k else np.nonzero(row >= kth[r])[0]
            scores = row[cand]
            order = np.lexsort((rank[cand], -scores))[:k]
            peers = []
            for c in cand[order]:
                score = float(row[c])
                if score > 0 and score >= min_score:
                    peers.append((int(c), score))
            result.append(peers)
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    scap_profiles.add_profile_arguments(parser)
    scap_profiles.add_anchor_arguments(parser)
    parser.add_argument("--top", type=int, default=5)
    parser.add_argument("--min-score", type=float, default=0.0)
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    ids, _, x = scap_profiles.load_arguments(parser, args)
    t1 = time.perf_counter()
    s = similarities(x, args.metric)
    t2 = time.perf_counter()
    peers = top_peers(s, ids, args.top, args.min_score)
    t3 = time.perf_counter()
    scap_profiles.write_json({
        "metric": args.metric, "weights": args.weights, "top": args.top,
        "cities": [{"city": ids[i], "peers": [{"city": ids[j], "score": score}
                                              for j, score in row]}
                   for i, row in enumerate(peers)]}, args.output)
    t4 = time.perf_counter()
    if args.timings:
        print("load %.2f s, pdist+squareform %.2f s, top-k %.2f s, write %.2f s"
              % (t1 - t0, t2 - t1, t3 - t2, t4 - t3), file=sys.stderr)


if __name__ == "__main__":
    main()
