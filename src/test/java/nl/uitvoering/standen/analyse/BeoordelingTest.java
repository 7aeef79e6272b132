package nl.uitvoering.standen.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeoordelingTest {

    private static final Taxonomie TAXONOMIE = TaxonomieLezer.standaard();
    private final BeeldBouwer bouwer = new BeeldBouwer(TAXONOMIE, new OpgegevenThemaToewijzer(),
            Analysekern.opkomendeThemaZoeker(TAXONOMIE, Analysekern.nederlandseAnalyse(TAXONOMIE), Weging.STANDAARD,
                    2), 2, Weging.STANDAARD.zekereScore(), null);

    private static StandTekst stand(String organisatie, String... themas) {
        List<KnelpuntTekst> knelpunten = new ArrayList<>();
        for (int i = 0; i < themas.length; i++) {
            knelpunten.add(new KnelpuntTekst(i, "Titel " + i, "Tekst.", Ernst.HOOG, List.of(themas[i]), List.of()));
        }
        return new StandTekst(organisatie, 1, knelpunten);
    }

    private EditieBeeld automatisch() {
        return bouwer.bouw(2025, List.of(stand("uwv", "beleidsreflex", "menselijke-maat"),
                stand("svb", "complexiteit-regelgeving"), stand("duo", "complexiteit-regelgeving")));
    }

    private static EditieBeeld.ThemaBeeld thema(EditieBeeld beeld, String id) {
        return beeld.themas().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void zonderBesluitenBlijftHetBeeldAutomatisch() {
        assertThat(Beoordeling.pasToe(automatisch(), List.of(), 2)).isEqualTo(automatisch());
        assertThat(automatisch().themas()).allSatisfy(t -> assertThat(t.besluiten()).isEmpty());
    }

    @Test
    void hernoemenAnnoterenEnVerbergen() {
        EditieBeeld beeld = Beoordeling.pasToe(automatisch(), List.of(
                new Besluit("hernoemen", "complexiteit-regelgeving", null, null, null, "Regeldruk", "Over regeldruk.", null),
                new Besluit("annoteren", "complexiteit-regelgeving", null, null, null, null, null, "Zie kamerbrief."),
                new Besluit("verbergen", "menselijke-maat", null, null, null, null, null, null)), 2);

        assertThat(thema(beeld, "complexiteit-regelgeving").naam()).isEqualTo("Regeldruk");
        assertThat(thema(beeld, "complexiteit-regelgeving").omschrijving()).isEqualTo("Over regeldruk.");
        assertThat(thema(beeld, "complexiteit-regelgeving").notitie()).isEqualTo("Zie kamerbrief.");
        assertThat(thema(beeld, "complexiteit-regelgeving").besluiten()).hasSize(2);
        assertThat(beeld.themas()).extracting(EditieBeeld.ThemaBeeld::id).doesNotContain("menselijke-maat");
    }

    @Test
    void samenvoegenTeltDeOrganisatiesOpnieuwEnRangschiktOpnieuw() {
        EditieBeeld beeld = Beoordeling.pasToe(automatisch(), List.of(
                new Besluit("samenvoegen", "beleidsreflex", "menselijke-maat", null, null, null, null, null)), 2);

        assertThat(beeld.themas()).extracting(EditieBeeld.ThemaBeeld::id)
                .containsExactly("complexiteit-regelgeving", "menselijke-maat");
        assertThat(thema(beeld, "menselijke-maat").knelpunten()).hasSize(2);
        assertThat(thema(beeld, "menselijke-maat").besluiten()).containsExactly("samengevoegd met 'Beleidsreflex'");
    }

    @Test
    void verplaatsenNaarEenNieuwThemaSplitst() {
        EditieBeeld beeld = Beoordeling.pasToe(automatisch(), List.of(
                new Besluit("verplaatsen", "complexiteit-regelgeving", "uitvoeringskosten", "duo", 0, "Kosten", null,
                        null)),
                2);

        assertThat(thema(beeld, "complexiteit-regelgeving").organisaties()).containsExactly("svb");
        assertThat(thema(beeld, "complexiteit-regelgeving").terugkerend()).isFalse();
        assertThat(thema(beeld, "uitvoeringskosten").soort()).isEqualTo("besloten");
        assertThat(thema(beeld, "uitvoeringskosten").naam()).isEqualTo("Kosten");
        assertThat(thema(beeld, "uitvoeringskosten").organisaties()).containsExactly("duo");
    }

    @Test
    void eenBesluitOverIetsDatErNietIsDoetNiets() {
        assertThat(Beoordeling.pasToe(automatisch(), List.of(
                new Besluit("hernoemen", "bestaat-niet", null, null, null, "X", null, null)), 2).themas())
                .isEqualTo(automatisch().themas());
    }

    @Test
    void bevestigenHoudtDeToewijzingEnZegtDatDeStuurgroepHaarBevestigde() {
        EditieBeeld beeld = Beoordeling.pasToe(automatisch(), List.of(
                new Besluit("bevestigen", "complexiteit-regelgeving", null, "svb", 0, null, null, null)), 2);

        EditieBeeld.KnelpuntInThema svb = thema(beeld, "complexiteit-regelgeving").knelpunten().stream()
                .filter(k -> k.organisatie().equals("svb")).findFirst().orElseThrow();
        assertThat(svb.redenen()).contains("door de Stuurgroep bevestigd");
        assertThat(thema(beeld, "complexiteit-regelgeving").organisaties()).containsExactly("duo", "svb");
    }

    @Test
    void verwerpenHaaltHetKnelpuntUitHetThemaNaarOverig() {
        EditieBeeld beeld = Beoordeling.pasToe(automatisch(), List.of(
                new Besluit("verwerpen", "complexiteit-regelgeving", null, "duo", 0, null, null, null)), 2);

        assertThat(thema(beeld, "complexiteit-regelgeving").organisaties()).containsExactly("svb");
        assertThat(thema(beeld, "complexiteit-regelgeving").besluiten())
                .containsExactly("toewijzing van knelpunt van duo verworpen");
        assertThat(thema(beeld, "overig").soort()).isEqualTo("overig");
        assertThat(thema(beeld, "overig").knelpunten()).singleElement()
                .satisfies(k -> assertThat(k.redenen()).containsExactly(
                        "door de Stuurgroep uit 'Complexiteit en stapeling van wet- en regelgeving' gehaald"));
        assertThat(beeld.themas().get(beeld.themas().size() - 1).id()).isEqualTo("overig");
    }
}
