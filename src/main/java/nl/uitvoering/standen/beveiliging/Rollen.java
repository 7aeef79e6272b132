package nl.uitvoering.standen.beveiliging;

/** The roles a token can carry (claim {@code groups}, or the path set in {@code smallrye.jwt.path.groups}). */
public final class Rollen {

    /** Submits the Stand of one organisation: the one in the token's {@code organisatie} claim. */
    public static final String INDIENER = "indiener";
    /** Reads everything and reviews the consolidated picture. */
    public static final String STUURGROEP = "stuurgroep";
    /** Reads consolidated data only: dashboards. */
    public static final String LEZER = "lezer";
    /** Manages organisations, editions and the consolidation. */
    public static final String BEHEER = "beheer";

    private Rollen() {
    }
}
