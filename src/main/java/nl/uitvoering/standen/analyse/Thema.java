package nl.uitvoering.standen.analyse;

import java.util.LinkedHashMap;
import java.util.Map;

/** A known theme of the taxonomy, with the Dutch key phrases that point to it and their weights. */
public record Thema(String id, String naam, String omschrijving, Map<String, Double> kernbegrippen) {

    public Thema {
        kernbegrippen = kernbegrippen == null ? Map.of() : new LinkedHashMap<>(kernbegrippen);
    }
}
