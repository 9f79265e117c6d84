package dev.scap.testkit.internal;

/**
 * Where in a document a mutation applies: up to three list indexes, whose meaning depends on
 * the mutation (a plan, then a project of it, then a partner of that project, say). Unused
 * indexes are 0.
 *
 * @param a the first index
 * @param b the second index
 * @param c the third index
 */
public record Site(int a, int b, int c) {

  /**
   * Returns the site of the whole document.
   *
   * @return the site
   */
  public static Site of() {
    return new Site(0, 0, 0);
  }

  /**
   * Returns a site of one index.
   *
   * @param a the index
   * @return the site
   */
  public static Site of(int a) {
    return new Site(a, 0, 0);
  }

  /**
   * Returns a site of two indexes.
   *
   * @param a the first index
   * @param b the second index
   * @return the site
   */
  public static Site of(int a, int b) {
    return new Site(a, b, 0);
  }

  /**
   * Returns a site of three indexes.
   *
   * @param a the first index
   * @param b the second index
   * @param c the third index
   * @return the site
   */
  public static Site of(int a, int b, int c) {
    return new Site(a, b, c);
  }
}
