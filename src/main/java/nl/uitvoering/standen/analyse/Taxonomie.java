package nl.uitvoering.standen.analyse;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The known themes, as a versioned data resource rather than code, so the Stuurgroep can extend it. */
public record Taxonomie(String versie, List<Thema> themas) {

    public static final String OVERIG = "overig";

    public Taxonomie {
        themas = List.copyOf(themas);
    }

    public String naamVan(String themaId) {
        if (OVERIG.equals(themaId)) {
            return "Overig";
        }
        Thema thema = perId().get(themaId);
        return thema == null ? themaId : thema.naam();
    }

    public String omschrijvingVan(String themaId) {
        Thema thema = perId().get(themaId);
        return thema == null ? null : thema.omschrijving();
    }

    public boolean kent(String themaId) {
        return perId().containsKey(themaId);
    }

    private Map<String, Thema> perId() {
        return themas.stream().collect(Collectors.toMap(Thema::id, Function.identity()));
    }
}
