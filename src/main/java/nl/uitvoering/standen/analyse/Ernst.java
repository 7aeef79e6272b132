package nl.uitvoering.standen.analyse;

import java.util.Arrays;

/** Severity of a bottleneck, with the weight it adds to a theme's ranking. */
public enum Ernst {
    LAAG("laag", 1), GEMIDDELD("gemiddeld", 2), HOOG("hoog", 3), ZEER_HOOG("zeer-hoog", 4);

    private final String code;
    private final int gewicht;

    Ernst(String code, int gewicht) {
        this.code = code;
        this.gewicht = gewicht;
    }

    public String code() {
        return code;
    }

    public int gewicht() {
        return gewicht;
    }

    public static Ernst vanCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown ernst: " + code));
    }
}
