package nl.uitvoering.standen.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.uitvoering.standen.analyse.EditieBeeld;
import nl.uitvoering.standen.analyse.Trend;
import org.junit.jupiter.api.Test;

class RapportSchrijverTest {

    private static final EditieBeeld BEELD = new EditieBeeld(2025, 2, "2022.2", null, List.of(
            new EditieBeeld.ThemaBeeld("complexiteit-regelgeving", "Complexiteit, \"stapeling\"", "taxonomie", true, 2,
                    1.0, 6, List.of("svb", "uwv"), List.of(
                    new EditieBeeld.KnelpuntInThema("uwv", 1, 0, "<script>alert('x')</script>",
                            "Regels & uitzonderingen | stapelen.", "hoog", 5.0, List.of("'regeldruk' in de titel")),
                    new EditieBeeld.KnelpuntInThema("svb", 2, 1, "Cliënten in Súdwest-Fryslân", "Citaat.", "hoog",
                            4.0, List.of())), List.of(), List.of(), null, null)), List.of());

    @Test
    void htmlOntsnaptAllesWatVanEenIndienerKomt() {
        String html = RapportSchrijver.html(BEELD, new Trend(List.of(), List.of()), false);

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("Regels &amp; uitzonderingen").contains("Cliënten in Súdwest-Fryslân")
                .contains("<svg role=\"img\"").contains("<html lang=\"nl\">").contains("@media print");
    }

    @Test
    void csvHeeftEenRegelPerThemaEnOrganisatieEnCiteertVelden() {
        assertThat(RapportSchrijver.csv(BEELD).split("\r\n")).containsExactly(
                "thema,naam,soort,terugkerend,organisatie,aantalKnelpunten",
                "\"complexiteit-regelgeving\",\"Complexiteit, \"\"stapeling\"\"\",\"taxonomie\",true,\"svb\",1",
                "\"complexiteit-regelgeving\",\"Complexiteit, \"\"stapeling\"\"\",\"taxonomie\",true,\"uwv\",1");
    }

    @Test
    void markdownBreektGeenTabellen() {
        assertThat(RapportSchrijver.markdown(BEELD, false)).contains("| 1 | Complexiteit, \"stapeling\" | taxonomie | 2 |")
                .contains("Regels & uitzonderingen \\| stapelen.").doesNotContain("<script>");
    }

    @Test
    void trendlijnenStaanInDeGrafiek() {
        Trend trend = new Trend(List.of(new Trend.EditieTelling(2024, 2), new Trend.EditieTelling(2025, 2)),
                List.of(new Trend.ThemaTrend("a", "A <b>", "taxonomie", "stijgend", List.of(
                        new Trend.Meting(2024, 1, 0.5, null), new Trend.Meting(2025, 2, 1.0, "stijgend")))));

        assertThat(RapportSchrijver.lijnen(trend)).contains("<polyline").contains("A &lt;b&gt;")
                .contains("2024").contains("2025");
        assertThat(RapportSchrijver.legenda(trend)).contains("A &lt;b&gt; · 2024: 50% · 2025: 100% (stijgend)");
    }

    @Test
    void eenCsvVeldDatEenSpreadsheetAlsFormuleZouLezenWordtTekst() {
        assertThat(RapportSchrijver.csvVeld("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(RapportSchrijver.csvVeld("+31")).isEqualTo("\"'+31\"");
        assertThat(RapportSchrijver.csvVeld("-1")).isEqualTo("\"'-1\"");
        assertThat(RapportSchrijver.csvVeld("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(RapportSchrijver.csvVeld("Regeldruk")).isEqualTo("\"Regeldruk\"");
    }

    @Test
    void markdownLinktEnLaadtNietsVanEenIndiener() {
        assertThat(RapportSchrijver.mdVeld("Zie [hier](http://x) en ![b](http://x/b.png)"))
                .isEqualTo("Zie \\[hier\\]\\(http://x\\) en \\!\\[b\\]\\(http://x/b.png\\)");
        assertThat(RapportSchrijver.mdVeld("a\\b *c*")).isEqualTo("a\\\\b \\*c\\*");
    }
}
