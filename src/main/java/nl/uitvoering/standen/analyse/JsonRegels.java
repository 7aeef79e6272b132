package nl.uitvoering.standen.analyse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A data resource of one JSON object a line (JSON Lines), read strictly: an unknown field is an error. */
final class JsonRegels {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private JsonRegels() {
    }

    static <T> List<T> lees(String resource, Class<T> type) {
        try (InputStream bron = JsonRegels.class.getResourceAsStream(resource)) {
            if (bron == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            List<T> regels = new ArrayList<>();
            BufferedReader lezer = new BufferedReader(new InputStreamReader(bron, StandardCharsets.UTF_8));
            for (String regel = lezer.readLine(); regel != null; regel = lezer.readLine()) {
                if (!regel.isBlank()) {
                    regels.add(JSON.readValue(regel, type));
                }
            }
            return regels;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    static String schrijf(List<?> regels) {
        StringBuilder tekst = new StringBuilder();
        for (Object regel : regels) {
            try {
                tekst.append(JSON.writeValueAsString(regel)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tekst.toString();
    }
}
