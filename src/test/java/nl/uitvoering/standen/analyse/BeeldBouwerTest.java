package nl.uitvoering.standen.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BeeldBouwerTest {

    private static final Taxonomie TAXONOMIE = TaxonomieLezer.standaard();
    private final BeeldBouwer bouwer = new BeeldBouwer(TAXONOMIE, new OpgegevenThemaToewijzer(),
            Analysekern.opkomendeThemaZoeker(TAXONOMIE, Analysekern.nederlandseAnalyse(TAXONOMIE), Weging.STANDAARD,
                    2), 2, Weging.STANDAARD.zekereScore(), null);

    private static KnelpuntTekst knelpunt(int positie, Ernst ernst, List<String> themas, String... wetten) {
        return new KnelpuntTekst(positie, "Titel " + positie, "Eerste zin van het knelpunt. Tweede zin.", ernst,
                themas, List.of(wetten));
    }

    @Test
    void themasWordenGerangschiktOpAantalOrganisatiesDanOpErnst() {
        List<StandTekst> standen = List.of(
                new StandTekst("uwv", 3, List.of(
                        knelpunt(0, Ernst.LAAG, List.of("complexiteit-regelgeving")),
                        knelpunt(1, Ernst.ZEER_HOOG, List.of("beleidsreflex")))),
                new StandTekst("svb", 1, List.of(
                        knelpunt(0, Ernst.HOOG, List.of("complexiteit-regelgeving", "menselijke-maat")))),
                new StandTekst("duo", 2, List.of(knelpunt(0, Ernst.GEMIDDELD, List.of()))));

        EditieBeeld beeld = bouwer.bouw(2024, standen);

        assertThat(beeld.aantalOrganisaties()).isEqualTo(3);
        assertThat(beeld.themas()).extracting(EditieBeeld.ThemaBeeld::id)
                .containsExactly("complexiteit-regelgeving", "beleidsreflex", "menselijke-maat", "overig");
        EditieBeeld.ThemaBeeld eerste = beeld.themas().get(0);
        assertThat(eerste.organisaties()).containsExactly("svb", "uwv");
        assertThat(eerste.terugkerend()).isTrue();
        assertThat(eerste.aandeelOrganisaties()).isEqualTo(0.667);
        assertThat(eerste.naam()).isEqualTo("Complexiteit en stapeling van wet- en regelgeving");
        assertThat(beeld.themas().get(1).terugkerend()).isFalse();
        assertThat(beeld.themas().get(3).soort()).isEqualTo("overig");
        assertThat(eerste.knelpunten().get(0).citaat()).isEqualTo("Eerste zin van het knelpunt.");
        assertThat(eerste.knelpunten()).extracting(EditieBeeld.KnelpuntInThema::versie).containsExactly(1, 3);
    }

    @Test
    void wettenWordenGerangschiktOpAantalOrganisaties() {
        List<StandTekst> standen = List.of(
                new StandTekst("uwv", 1, List.of(knelpunt(0, Ernst.HOOG, List.of(), "BWBR0019057", "BWBR0005537"))),
                new StandTekst("svb", 1, List.of(knelpunt(0, Ernst.HOOG, List.of(), "BWBR0005537"))));

        assertThat(bouwer.bouw(2024, standen).wetten())
                .extracting(EditieBeeld.WetBeeld::bwbId, EditieBeeld.WetBeeld::aantalOrganisaties)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BWBR0005537", 2),
                        org.assertj.core.groups.Tuple.tuple("BWBR0019057", 1));
    }

    @Test
    void dezelfdeStandenInElkeVolgordeGevenHetzelfdeBeeld() {
        List<StandTekst> standen = new ArrayList<>();
        String[] themas = {"complexiteit-regelgeving", "beleidsreflex", "menselijke-maat", "arbeidsmarkt-personeel"};
        for (int i = 0; i < 20; i++) {
            standen.add(new StandTekst("org-" + i, 1, List.of(
                    knelpunt(0, Ernst.values()[i % 4], List.of(themas[i % 4])),
                    knelpunt(1, Ernst.HOOG, List.of(themas[(i + 1) % 4], themas[(i + 2) % 4])))));
        }
        EditieBeeld verwacht = bouwer.bouw(2025, standen);

        Random random = new Random(42);
        for (int poging = 0; poging < 10; poging++) {
            Collections.shuffle(standen, random);
            assertThat(bouwer.bouw(2025, standen)).isEqualTo(verwacht);
        }
    }
}
