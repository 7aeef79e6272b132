package nl.uitvoering.standen.analyse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    private static final ObjectMapper JSON = new ObjectMapper();

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
        try (InputStream bron = Leerset.class.getResourceAsStream(SYNTHETISCH)) {
            if (bron == null) {
                throw new IllegalStateException("Missing " + SYNTHETISCH);
            }
            List<Leervoorbeeld> voorbeelden = new ArrayList<>();
            BufferedReader regels = new BufferedReader(new InputStreamReader(bron, StandardCharsets.UTF_8));
            for (String regel = regels.readLine(); regel != null; regel = regels.readLine()) {
                if (!regel.isBlank()) {
                    voorbeelden.add(JSON.readValue(regel, Leervoorbeeld.class));
                }
            }
            return voorbeelden;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One example a line, as {@link #synthetisch()} reads them. */
    public static String alsRegels(List<Leervoorbeeld> voorbeelden) {
        StringBuilder regels = new StringBuilder();
        for (Leervoorbeeld voorbeeld : voorbeelden) {
            try {
                regels.append(JSON.writeValueAsString(voorbeeld)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return regels.toString();
    }
}
