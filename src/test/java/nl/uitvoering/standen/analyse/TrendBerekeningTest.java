package nl.uitvoering.standen.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendBerekeningTest {

    private static EditieBeeld beeld(int jaar, int organisaties, Object... themaEnAantal) {
        List<EditieBeeld.ThemaBeeld> themas = new ArrayList<>();
        for (int i = 0; i < themaEnAantal.length; i += 2) {
            themas.add(new EditieBeeld.ThemaBeeld((String) themaEnAantal[i], (String) themaEnAantal[i], "taxonomie",
                    true, (Integer) themaEnAantal[i + 1], 0, 0, List.of(), List.of(), List.of(), List.of(), null, null));
        }
        return new EditieBeeld(jaar, organisaties, "test", null, themas, List.of());
    }

    @Test
    void deRichtingVolgtHetAandeelVanDeRapporterendeOrganisaties() {
        Trend trend = TrendBerekening.bereken(List.of(
                beeld(2024, 12, "arbeid", 8, "geld", 3, "oud", 2, "regels", 12),
                beeld(2022, 12, "arbeid", 4, "geld", 7, "oud", 2, "regels", 11, "overig", 3),
                beeld(2025, 9, "arbeid", 8, "geld", 1, "nieuw", 2, "regels", 9)));

        assertThat(trend.edities()).extracting(Trend.EditieTelling::jaar).containsExactly(2022, 2024, 2025);
        assertThat(trend.themas()).extracting(Trend.ThemaTrend::id)
                .containsExactly("regels", "arbeid", "nieuw", "geld", "oud");
        assertThat(richtingen(trend, "arbeid")).containsExactly(null, "stijgend", "stijgend");
        assertThat(richtingen(trend, "geld")).containsExactly(null, "dalend", "dalend");
        assertThat(richtingen(trend, "regels")).containsExactly(null, "stabiel", "stabiel");
        assertThat(richtingen(trend, "nieuw")).containsExactly(null, "stabiel", "nieuw");
        assertThat(richtingen(trend, "oud")).containsExactly(null, "stabiel", "verdwenen");
        assertThat(thema(trend, "arbeid").richting()).isEqualTo("stijgend");
        assertThat(thema(trend, "oud").richting()).isEqualTo("verdwenen");
        assertThat(thema(trend, "nieuw").richting()).isEqualTo("nieuw");
        assertThat(thema(trend, "arbeid").reeks().get(2).aandeel()).isEqualTo(0.889);
    }

    private static Trend.ThemaTrend thema(Trend trend, String id) {
        return trend.themas().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> richtingen(Trend trend, String id) {
        return thema(trend, id).reeks().stream().map(Trend.Meting::richting).toList();
    }
}
