package nl.uitvoering.standen.analyse;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The known themes, as a versioned data resource rather than code, so the Stuurgroep can extend it. */
public record Taxonomie(String versie, List<Thema> themas) {

    public static final String OVERIG = "overig";
    /** Bottlenecks whose best known theme falls just short of its threshold: for the Stuurgroep to decide. */
    public static final String ONZEKER = "onzeker";

    public Taxonomie {
        themas = List.copyOf(themas);
    }

    /** Whether a theme is a subject of its own: not the rest (overig) or the undecided (onzeker). */
    public static boolean telt(String themaId) {
        return !OVERIG.equals(themaId) && !ONZEKER.equals(themaId);
    }

    public String naamVan(String themaId) {
        if (OVERIG.equals(themaId)) {
            return "Overig";
        }
        if (ONZEKER.equals(themaId)) {
            return "Onzeker: ter beoordeling";
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
