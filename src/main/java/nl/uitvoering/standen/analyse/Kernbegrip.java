package nl.uitvoering.standen.analyse;

import java.util.List;
import java.util.Set;

/**
 * A key phrase in analysed form. It occurs in a text when its stems appear in order, each at most one word
 * after the previous one (so "stapeling van beleid" also matches "stapeling van nieuw beleid"), and a stem may
 * match a whole word or a part of a compound.
 */
record Kernbegrip(String tekst, List<String> stammen, double gewicht) {

    private static final int MAXIMALE_AFSTAND = 2;

    boolean komtVoorIn(List<Set<String>> posities) {
        return komtVoorIn(Tekstindex.van(posities));
    }

    boolean komtVoorIn(Tekstindex tekst) {
        if (stammen.isEmpty()) {
            return false;
        }
        for (int start : tekst.positiesVan(stammen.get(0))) {
            if (volgtVanaf(tekst.posities(), start, 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean volgtVanaf(List<Set<String>> posities, int vorige, int index) {
        if (index == stammen.size()) {
            return true;
        }
        int grens = Math.min(posities.size() - 1, vorige + MAXIMALE_AFSTAND);
        for (int positie = vorige + 1; positie <= grens; positie++) {
            if (posities.get(positie).contains(stammen.get(index)) && volgtVanaf(posities, positie, index + 1)) {
                return true;
            }
        }
        return false;
    }
}
