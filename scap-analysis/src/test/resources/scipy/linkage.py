#!/usr/bin/python3
# Writes the SciPy oracle that ScipyLinkageTest compares scap's dendrograms with: random
# condensed similarity matrices (random doubles, so no two distances tie) and SciPy's
# linkage of the distances 1 - similarity under single, complete and average linkage, with
# the order in which scipy.cluster.hierarchy.dendrogram draws the leaves (leaves_list).
# Made with SciPy 1.10.1 and NumPy 1.24.2.
#
# Rerun from this folder with the Python that has SciPy (on the build machine that is
# /usr/bin/python3, not the python3 on PATH):
#
#   cd scap-analysis/src/test/resources/scipy && /usr/bin/python3 linkage.py
#
# It rewrites similarities.csv, linkage.csv and leaves.csv; the same seeds give the same
# files. The test itself reads the CSV files and needs no Python.
import csv

import numpy as np
import scipy
from scipy.cluster.hierarchy import leaves_list, linkage

# (case, number of items, seed, lowest similarity, highest similarity)
CASES = [
    ("n2", 2, 1, 0.0, 1.0),
    ("n3", 3, 2, 0.0, 1.0),
    ("n5", 5, 3, 0.0, 1.0),
    ("n8", 8, 4, 0.0, 1.0),
    ("n13", 13, 5, 0.0, 1.0),
    ("n21-narrow", 21, 6, 0.45, 0.55),
    ("n34", 34, 7, 0.0, 1.0),
    ("n55-sparse", 55, 8, 0.0, 0.2),
]
METHODS = ["single", "complete", "average"]


def main():
    with open("similarities.csv", "w", newline="") as sims_file, \
            open("linkage.csv", "w", newline="") as linkage_file, \
            open("leaves.csv", "w", newline="") as leaves_file:
        sims_out = csv.writer(sims_file, lineterminator="\n")
        linkage_out = csv.writer(linkage_file, lineterminator="\n")
        leaves_out = csv.writer(leaves_file, lineterminator="\n")
        leaves_out.writerow(["case", "method", "position", "leaf"])
        sims_out.writerow(["case", "n", "i", "j", "similarity"])
        linkage_out.writerow(["case", "method", "row", "left", "right", "distance", "size"])
        for case, n, seed, low, high in CASES:
            rng = np.random.default_rng(seed)
            sims = rng.uniform(low, high, n * (n - 1) // 2)
            index = 0
            for i in range(n):
                for j in range(i + 1, n):
                    sims_out.writerow([case, n, i, j, repr(float(sims[index]))])
                    index += 1
            for method in METHODS:
                z = linkage(1 - sims, method=method)
                for row, (left, right, distance, size) in enumerate(z):
                    linkage_out.writerow([case, method, row, int(left), int(right),
                                          repr(float(distance)), int(size)])
                for position, leaf in enumerate(leaves_list(z)):
                    leaves_out.writerow([case, method, position, int(leaf)])
    print("scipy", scipy.__version__, "numpy", np.__version__)


if __name__ == "__main__":
    main()
