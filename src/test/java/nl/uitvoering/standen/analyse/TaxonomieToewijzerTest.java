package nl.uitvoering.standen.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomieToewijzerTest {

    private static final Taxonomie TAXONOMIE = TaxonomieLezer.standaard();
    private final TaxonomieToewijzer toewijzer = new TaxonomieToewijzer(TAXONOMIE,
            Analysekern.nederlandseAnalyse(TAXONOMIE), Weging.STANDAARD);

    private static KnelpuntTekst knelpunt(String titel, String omschrijving, String... opgegeven) {
        return new KnelpuntTekst(0, titel, omschrijving, Ernst.HOOG, List.of(opgegeven), List.of());
    }

    @Test
    void samenstellingenEnSynoniemenWijzenNaarHetThema() {
        List<Toewijzing> toewijzingen = toewijzer.wijsToe(knelpunt("Regeldruk en wetgevingscomplexiteit",
                "De gelaagdheid van de regels maakt het stelsel voor burgers niet te doorgronden."));

        assertThat(toewijzingen).extracting(Toewijzing::thema).containsExactly("complexiteit-regelgeving");
        assertThat(toewijzingen.get(0).redenen()).contains("'regeldruk' in de titel", "'gelaagdheid' in de omschrijving");
        assertThat(toewijzingen.get(0).score()).isGreaterThanOrEqualTo(Weging.STANDAARD.drempel());
    }

    @Test
    void eenKnelpuntKanMeerdereThemasHebben() {
        List<Toewijzing> toewijzingen = toewijzer.wijsToe(knelpunt("Verouderde systemen en personeelstekort",
                "Onze legacy kernsystemen worden onderhouden door ervaren medewerkers die met pensioen gaan; "
                        + "vacatures blijven door de krapte open."));

        assertThat(toewijzingen).extracting(Toewijzing::thema)
                .containsExactlyInAnyOrder("ict-gegevensuitwisseling", "arbeidsmarkt-personeel");
    }

    @Test
    void eenEigenOpgaveAlleenBeslistNiet() {
        assertThat(toewijzer.wijsToe(knelpunt("Lange wachtrij bij de balie",
                "Bezoekers wachten lang op een afspraak.", "financiering-sturing"))).isEmpty();
    }

    @Test
    void eenEigenOpgaveTeltWelAlsBewijs() {
        KnelpuntTekst zonder = knelpunt("Geld", "Het budget is krap.");
        KnelpuntTekst met = knelpunt("Geld", "Het budget is krap.", "financiering-sturing");

        assertThat(toewijzer.wijsToe(met)).extracting(Toewijzing::thema).containsExactly("financiering-sturing");
        assertThat(toewijzer.wijsToe(met).get(0).redenen()).contains("door de organisatie zelf opgegeven");
        assertThat(toewijzer.wijsToe(zonder).stream().mapToDouble(Toewijzing::score).max().orElse(0))
                .isLessThan(toewijzer.wijsToe(met).get(0).score());
    }

    @Test
    void eenTekstZonderBekendThemaKrijgtGeenThema() {
        assertThat(toewijzer.wijsToe(knelpunt("Examenfraude",
                "Kandidaten gebruiken oortjes tijdens het theorie-examen."))).isEmpty();
    }
}
