package nl.uitvoering.standen.analyse;

/** A short quote for the picture: the first sentence of a description, cut at a word if it is long. */
final class Citaat {

    static final int MAXIMALE_LENGTE = 240;

    private Citaat() {
    }

    static String uit(String omschrijving) {
        String tekst = omschrijving.strip().replaceAll("\\s+", " ");
        int zinseinde = eersteZinseinde(tekst);
        String zin = zinseinde > 0 ? tekst.substring(0, zinseinde + 1) : tekst;
        if (zin.length() <= MAXIMALE_LENGTE) {
            return zin;
        }
        int spatie = zin.lastIndexOf(' ', MAXIMALE_LENGTE - 1);
        return zin.substring(0, spatie > 0 ? spatie : MAXIMALE_LENGTE - 1) + "…";
    }

    private static int eersteZinseinde(String tekst) {
        for (int i = 0; i < tekst.length() - 1; i++) {
            char teken = tekst.charAt(i);
            if ((teken == '.' || teken == '!' || teken == '?') && tekst.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return -1;
    }
}
