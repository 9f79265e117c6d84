package dev.scap.analysis.grouping;

import dev.scap.analysis.overlap.ThemeOverlap;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The agglomerative clustering of the cities of a {@link ThemeOverlap}, from
 * {@link PeerGrouping#cluster}: its {@linkplain #dendrogram() dendrogram} kept with the overlap
 * it was made from. It is what to use to cut the dendrogram into K groups or at a threshold
 * without giving the overlap a second time, as the cuts of {@link PeerGrouping} that take a
 * dendrogram ask ({@link PeerGrouping#cut(ThemeOverlap, Dendrogram, int) cut},
 * {@link PeerGrouping#cutAt(ThemeOverlap, Dendrogram, double) cutAt}):
 *
 * <pre>{@code
 * Clustering clustering = PeerGrouping.cluster(overlap, Linkage.AVERAGE);
 * PeerGroups five = clustering.cut(5);
 * PeerGroups close = clustering.cutAt(0.5);
 * Dendrogram tree = clustering.dendrogram();   // to serialize, or to plot with SciPy
 * }</pre>
 *
 * <p>The {@linkplain #dendrogram() dendrogram} is the data to serialize or plot; a clustering
 * is not data: it holds the whole overlap, and through it the document. Its equality is
 * identity: two clusterings are equal only when they are the same object, since comparing
 * them would compare whole overlaps; compare their dendrograms to compare the trees. Its
 * methods never return {@code null}. Immutable and thread-safe.
 */
public final class Clustering {

  private final ThemeOverlap overlap;
  private final Dendrogram dendrogram;

  /** Keeps a dendrogram with the overlap it was made from, whose cities are its leaves. */
  Clustering(ThemeOverlap overlap, Dendrogram dendrogram) {
    this.overlap = Objects.requireNonNull(overlap, "overlap");
    this.dendrogram = Objects.requireNonNull(dendrogram, "dendrogram");
  }

  /**
   * Returns the overlap the cities were clustered on, whose profiles and scores describe the
   * groups of a cut.
   *
   * @return the overlap
   */
  public ThemeOverlap overlap() {
    return overlap;
  }

  /**
   * Returns the dendrogram: plain data in SciPy's linkage layout, with the similarity of each
   * merge, to serialize or plot.
   *
   * @return the dendrogram
   */
  public Dendrogram dendrogram() {
    return dendrogram;
  }

  /**
   * Cuts the dendrogram into exactly K groups by undoing its last K - 1 merges, as
   * {@link PeerGrouping#cut(ThemeOverlap, Dendrogram, int)} does given this clustering's overlap
   * and dendrogram.
   *
   * @param k the number of groups, from 1 to the number of cities (0 for no city)
   * @return the groups
   * @throws IllegalArgumentException if {@code k} is out of range
   */
  public PeerGroups cut(int k) {
    return PeerGrouping.cut(overlap, dendrogram, k);
  }

  /**
   * Cuts the dendrogram at a similarity threshold, keeping the merges whose linkage similarity
   * is at least it, as {@link PeerGrouping#cutAt(ThemeOverlap, Dendrogram, double)} does given
   * this clustering's overlap and dendrogram.
   *
   * @param threshold the similarity S
   * @return the groups
   */
  public PeerGroups cutAt(double threshold) {
    return PeerGrouping.cutAt(overlap, dendrogram, threshold);
  }

  /**
   * Cuts the dendrogram at a similarity S exactly as written, as
   * {@link PeerGrouping#cutAt(ThemeOverlap, Dendrogram, BigDecimal)} does.
   *
   * @param threshold the similarity S
   * @return the groups
   * @throws NullPointerException if {@code threshold} is {@code null}
   */
  public PeerGroups cutAt(BigDecimal threshold) {
    return PeerGrouping.cutAt(overlap, dendrogram, threshold);
  }

  /**
   * Returns the clustering as text: its linkage and its number of cities, such as
   * {@code Clustering[linkage=average, cities=38]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Clustering[linkage=" + dendrogram.linkage().code() + ", cities="
        + dendrogram.leaves().size() + "]";
  }
}
