package nl.uitvoering.standen.analyse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The learned reader as versioned data: per theme a linear model over {@link Kenmerken}, its calibration to a
 * probability and the probability from which the theme is assigned. Made by {@link Leerder} from labelled
 * examples; the hash of those examples travels with every picture it builds, so that a picture says which model
 * and which training data read it. A rebuild only applies the model; it never retrains.
 *
 * @param versie            the model's version, raised with every retrain
 * @param taxonomieVersie   the taxonomy its prior features came from
 * @param trainingsdata     the hash of the training examples and how many there were per origin
 * @param onzekerAandeel    a bottleneck whose best theme reaches this share of that theme's threshold, but no theme
 *                          its threshold, is uncertain (onzeker) rather than of no known theme
 */
public record Leesmodel(String versie, String taxonomieVersie, Trainingsdata trainingsdata, double onzekerAandeel,
                        List<ThemaModel> themas) {

    public static final String STANDAARD = "/analyse/leesmodel.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.INDENT_OUTPUT, true);

    public Leesmodel {
        themas = List.copyOf(themas);
    }

    /** @param hash SHA-256 of the canonical training examples; {@code perHerkomst} counts them by origin */
    public record Trainingsdata(String hash, int aantal, Map<String, Integer> perHerkomst) {

        public Trainingsdata {
            perHerkomst = new TreeMap<>(perHerkomst);
        }
    }

    /**
     * One theme: {@code score = bias + sum(gewicht * kenmerk)}, probability {@code 1 / (1 + exp(-(a * score +
     * b)))} (Platt scaling on cross-validated scores), assigned from {@code drempel}. {@code kruisvalidatieF1} is
     * the F1 that threshold gave on real examples read by models that had not seen their organisation;
     * {@code regularisatie} is liblinear's C that gave it.
     */
    public record ThemaModel(String id, double bias, Kalibratie kalibratie, double drempel, double kruisvalidatieF1,
                             double regularisatie, Map<String, Double> gewichten) {

        public ThemaModel {
            gewichten = new TreeMap<>(gewichten);
        }

        double score(Map<String, Double> kenmerken) {
            double score = bias;
            // The weights are few (L1 keeps a handful), the features many: look the weights up in the features.
            for (Map.Entry<String, Double> gewicht : gewichten.entrySet()) {
                Double waarde = kenmerken.get(gewicht.getKey());
                if (waarde != null) {
                    score += gewicht.getValue() * waarde;
                }
            }
            return score;
        }

        double kans(Map<String, Double> kenmerken) {
            return kalibratie.kans(score(kenmerken));
        }
    }

    /** Platt scaling: a score becomes a probability. */
    public record Kalibratie(double a, double b) {

        double kans(double score) {
            return 1.0 / (1.0 + Math.exp(-(a * score + b)));
        }
    }

    /** The model that ships with the service. */
    public static Leesmodel standaard() {
        try (InputStream bron = Leesmodel.class.getResourceAsStream(STANDAARD)) {
            if (bron == null) {
                throw new IllegalStateException("Missing reading model " + STANDAARD
                        + "; train one with ./mvnw -q test-compile exec:java@training");
            }
            return lees(bron);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Leesmodel lees(InputStream json) throws IOException {
        return JSON.readValue(json, Leesmodel.class);
    }

    public String alsJson() {
        try {
            return JSON.writeValueAsString(this) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same model under another version (what it learned does not depend on its name). */
    public Leesmodel metVersie(String nieuweVersie) {
        return new Leesmodel(nieuweVersie, taxonomieVersie, trainingsdata, onzekerAandeel, themas);
    }

    /** Version and training data in one line, as pictures carry it. */
    public String kenmerk() {
        return versie + " (" + trainingsdata.hash().substring(0, Math.min(19, trainingsdata.hash().length())) + ")";
    }
}
