package nl.uitvoering.standen.analyse;

import java.util.ArrayList;
import java.util.List;

/**
 * The examples every reader is trained on, shipped with the service so that a retrain in production starts from
 * the same ground as the shipped model: the real corpus' train and dev splits (never test) and the synthetic
 * sample set, each example marked with where it came from ({@code corpus} or {@code voorbeelden}; synthetic text
 * is never counted as real).
 */
public final class Leerset {

    public static final String SYNTHETISCH = "/analyse/synthetische-voorbeelden.jsonl";
    private Leerset() {
    }

    public static List<Leervoorbeeld> basis() {
        List<Leervoorbeeld> voorbeelden = new ArrayList<>();
        EchtCorpus.uit(EchtCorpus.TRAIN, EchtCorpus.DEV).forEach(u -> voorbeelden.add(u.alsLeervoorbeeld()));
        voorbeelden.addAll(synthetisch());
        return voorbeelden;
    }

    /** The synthetic sample knelpunten with their expert labels, as shipped. */
    public static List<Leervoorbeeld> synthetisch() {
        return JsonRegels.lees(SYNTHETISCH, Leervoorbeeld.class);
    }

    /** One example a line, as {@link #synthetisch()} reads them. */
    public static String alsRegels(List<Leervoorbeeld> voorbeelden) {
        return JsonRegels.schrijf(voorbeelden);
    }
}
