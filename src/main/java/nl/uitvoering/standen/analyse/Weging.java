package nl.uitvoering.standen.analyse;

/**
 * How evidence becomes a theme.
 *
 * @param drempel          minimum score for a theme
 * @param relatieveDrempel a second theme must score at least this fraction of the best one
 * @param opgegevenGewicht evidence added when the organisation declared the theme itself; kept below
 *                         {@code drempel} so that a declaration alone never decides
 * @param titelFactor      a key phrase in the title weighs this many times more than in the description
 * @param zekereScore      from this score a known theme is certain; below it, a bottleneck that joins an
 *                         emergent theme leaves the known theme for the emergent one
 * @param opkomendeGelijkenis minimum cosine similarity that links two bottlenecks into an emergent theme
 */
public record Weging(double drempel, double relatieveDrempel, double opgegevenGewicht, double titelFactor,
                     double zekereScore, double opkomendeGelijkenis) {

    public static final Weging STANDAARD = new Weging(3.5, 0.6, 3.0, 2.0, 8.0, 0.20);
}
