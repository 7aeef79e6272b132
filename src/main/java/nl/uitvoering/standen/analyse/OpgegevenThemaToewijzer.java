package nl.uitvoering.standen.analyse;

import java.util.List;

/** Trusts the themes the organisation declared itself. */
public final class OpgegevenThemaToewijzer implements ThemaToewijzer {

    @Override
    public List<Toewijzing> wijsToe(KnelpuntTekst knelpunt) {
        return knelpunt.opgegevenThemas().stream().distinct().sorted()
                .map(thema -> new Toewijzing(thema, 1.0, List.of("door de organisatie zelf opgegeven")))
                .toList();
    }
}
