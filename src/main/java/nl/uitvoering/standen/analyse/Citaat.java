package nl.uitvoering.standen.analyse;

/** A short quote for the picture: the first sentence of a description, cut at a word if it is long. */
final class Citaat {

    static final int MAXIMALE_LENGTE = 240;

    private Citaat() {
    }

    static String uit(String omschrijving) {
        String tekst = enkeleSpaties(omschrijving.strip());
        int zinseinde = eersteZinseinde(tekst);
        String zin = zinseinde > 0 ? tekst.substring(0, zinseinde + 1) : tekst;
        if (zin.length() <= MAXIMALE_LENGTE) {
            return zin;
        }
        int spatie = zin.lastIndexOf(' ', MAXIMALE_LENGTE - 1);
        return zin.substring(0, spatie > 0 ? spatie : MAXIMALE_LENGTE - 1) + "…";
    }

    /**
     * Every run of white space as one space, as {@code replaceAll("\\s+", " ")} does, without a regular expression:
     * a picture quotes every bottleneck, and the regular expression was a tenth of building a large picture.
     */
    private static String enkeleSpaties(String tekst) {
        StringBuilder uit = new StringBuilder(tekst.length());
        boolean vorigeWasWit = false;
        for (int i = 0; i < tekst.length(); i++) {
            char teken = tekst.charAt(i);
            boolean wit = teken == ' ' || teken == '\t' || teken == '\n' || teken == 0x0B || teken == '\f'
                    || teken == '\r';
            if (!wit) {
                uit.append(teken);
            } else if (!vorigeWasWit) {
                uit.append(' ');
            }
            vorigeWasWit = wit;
        }
        return uit.toString();
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
