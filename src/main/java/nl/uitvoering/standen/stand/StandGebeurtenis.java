package nl.uitvoering.standen.stand;

/**
 * The CloudEvent types of Stand changes, named after the domain (NL GOV profile for CloudEvents).
 * A revision is a {@code stand-ingediend} event with a higher version.
 */
public final class StandGebeurtenis {

    public static final String INGEDIEND = "nl.uitvoering.standen.stand-ingediend.v1";
    public static final String INGETROKKEN = "nl.uitvoering.standen.stand-ingetrokken.v1";

    private StandGebeurtenis() {
    }

    /** Persistently identifies the event of one version, so that a consumer can drop duplicates. */
    public static String id(String organisatie, int jaar, int versie) {
        return "stand/" + jaar + "/" + organisatie + "/" + versie;
    }

    public static String onderwerp(String organisatie, int jaar) {
        return onderwerpenVan(jaar) + organisatie;
    }

    /** What the subject of every Stand event of the edition begins with. */
    static String onderwerpenVan(int jaar) {
        return "edities/" + jaar + "/standen/";
    }
}
