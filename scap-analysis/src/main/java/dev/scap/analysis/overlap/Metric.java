package dev.scap.analysis.overlap;

import dev.scap.model.Coded;
import java.util.Optional;

/**
 * A similarity between two theme profiles A and B, in their weighted forms, as the command
 * line's <a href="https://github.com/scap-dev/scap/blob/main/docs/CLI.md#metrics">
 * documentation</a> defines them.
 * With Σmin = Σ min(A(t), B(t)) and Σmax = Σ max(A(t), B(t)), each lies in [0, 1]; on presence
 * weights each is its set form. A zero profile scores 0 with every profile, itself included.
 */
public enum Metric implements Coded {
  /** Σmin / Σmax (weighted Jaccard, or Ruzicka). */
  JACCARD,
  /** 2·Σmin / (ΣA + ΣB) (Sørensen–Dice). */
  DICE,
  /** Σmin / min(ΣA, ΣB) (Szymkiewicz–Simpson). */
  OVERLAP,
  /** A·B / (‖A‖·‖B‖) (cosine; Ochiai on sets). */
  COSINE;

  /**
   * Finds the metric with a code.
   *
   * @param code such as {@code "jaccard"}
   * @return the metric, empty if none has that code
   */
  public static Optional<Metric> fromCode(String code) {
    return Coded.fromCode(Metric.class, code);
  }

  /**
   * Scores a pair from its sums.
   *
   * @param shared Σmin for JACCARD, DICE and OVERLAP; A·B for COSINE
   * @param sumA ΣA
   * @param sumB ΣB
   * @param squaresA A·A
   * @param squaresB B·B
   * @return the score, in [0, 1]; 0 if either profile is zero
   */
  public double score(double shared, double sumA, double sumB, double squaresA,
      double squaresB) {
    if (sumA <= 0 || sumB <= 0 || shared <= 0) {
      return 0;
    }
    double score = switch (this) {
      case JACCARD -> shared / (sumA + sumB - shared);
      case DICE -> 2 * shared / (sumA + sumB);
      case OVERLAP -> shared / Math.min(sumA, sumB);
      case COSINE -> shared / Math.sqrt(squaresA * squaresB);
    };
    return Math.min(1.0, score);
  }

  /**
   * Tells whether the metric sums products (A·B) rather than minima (Σmin).
   *
   * @return {@code true} for COSINE
   */
  public boolean usesProducts() {
    return this == COSINE;
  }
}
