package nl.uitvoering.standen.analyse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a taxonomy from its JSON resource. */
public final class TaxonomieLezer {

    public static final String STANDAARD = "/analyse/taxonomie.json";

    private TaxonomieLezer() {
    }

    public static Taxonomie standaard() {
        try (InputStream bron = TaxonomieLezer.class.getResourceAsStream(STANDAARD)) {
            if (bron == null) {
                throw new IllegalStateException("Missing taxonomy resource " + STANDAARD);
            }
            return lees(bron);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Taxonomie lees(InputStream json) throws IOException {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(json, Taxonomie.class);
    }
}
