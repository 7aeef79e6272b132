package nl.uitvoering.standen.analyse;

/**
 * How evidence becomes a theme.
 *
 * @param drempel          minimum score for a theme
 * @param relatieveDrempel a second theme must score at least this fraction of the best one
 * @param opgegevenGewicht evidence added when the organisation declared the theme itself; kept below
 *                         {@code drempel} so that a declaration alone never decides
 * @param titelFactor      a key phrase in the title weighs this many times more than in the description
 */
public record Weging(double drempel, double relatieveDrempel, double opgegevenGewicht, double titelFactor) {

    public static final Weging STANDAARD = new Weging(4.0, 0.5, 2.0, 1.5);
}
