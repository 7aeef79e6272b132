package nl.uitvoering.standen.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.junit.jupiter.api.Test;

/** Emergent themes in real text are named after content words, never after function words or boilerplate. */
class OpkomendeNamenTest {

    private static final Taxonomie TAXONOMIE = TaxonomieLezer.standaard();

    @Test
    void geenOpkomendThemaInHetEchteCorpusHeetNaarEenFunctiewoordOfStandaardtaal() {
        NederlandseAnalyse analyse = Analysekern.nederlandseAnalyse(TAXONOMIE);
        Set<String> nietNaamgevend = Analysekern.nietNaamgevendeStammen(analyse);
        List<Gelabeld> corpus = Gelabeld.uit(EchtCorpus.lees());

        Evaluatie.Lezing lezing = Evaluatie.Lezing.van(
                Analysekern.beeldBouwer(TAXONOMIE, Leesmodel.standaard(), 2), corpus);

        assertThat(lezing.opkomend().values()).allSatisfy(thema -> {
            List<String> woorden = Arrays.asList(thema.naam().split(", "));
            assertThat(woorden).as(thema.naam()).allSatisfy(woord -> {
                assertThat(woord).matches("\\p{Ll}[\\p{Ll}'-]{3,}");
                assertThat(DutchAnalyzer.getDefaultStopSet().contains(woord)).as(woord).isFalse();
                assertThat(nietNaamgevend).as(woord).doesNotContainAnyElementsOf(analyse.stammen(woord));
            });
        });
    }

    @Test
    void woordenDieAlleenAlsBijwoordOfWerkwoordVoorkomenNoemenGeenThema() {
        KnelpuntTekst eerste = new KnelpuntTekst(0, "", "Sinds 2019 kwam er sprake van een woningtekort in de regio.",
                Ernst.HOOG, List.of(), List.of());
        KnelpuntTekst tweede = new KnelpuntTekst(0, "", "Sinds 2020 kwam er sprake van een groeiend woningtekort.",
                Ernst.HOOG, List.of(), List.of());
        OpkomendeThemaZoeker zoeker = Analysekern.opkomendeThemaZoeker(TAXONOMIE,
                Analysekern.nederlandseAnalyse(TAXONOMIE), Weging.STANDAARD, 2);

        List<OpkomendeThemaZoeker.Groep> groepen = zoeker.zoek(List.of(
                new OpkomendeThemaZoeker.Kandidaat("a", eerste, true),
                new OpkomendeThemaZoeker.Kandidaat("b", tweede, true)), List.of(eerste, tweede), List.of());

        assertThat(groepen).extracting(OpkomendeThemaZoeker.Groep::naam).containsExactly("woningtekort");
    }

    @Test
    void eenZelfstandigNaamwoordWordtHerkendAanZijnPlaatsEnWerkwoordenEnBijvoeglijkeNaamwoordenNiet() {
        Set<String> woordenschat = Set.of("werken", "duur", "werk");
        assertThat(naamwoorden("De woningnood groeit en een groeiend tekort blijft", woordenschat))
                .containsExactly("woningnood", "tekort");
        assertThat(naamwoorden("de grote opgave kwam met de volle hevigheid", woordenschat))
                .containsExactly("opgave", "hevigheid");
        assertThat(naamwoorden("Het duurt lang en het werkt niet", woordenschat)).isEmpty();
        assertThat(naamwoorden("het lukt vaak niet, want het tekort van het budget is groot", Set.of()))
                .containsExactly("tekort", "budget");
        assertThat(naamwoorden("De Belastingdienst werkt hard aan het budget", woordenschat))
                .containsExactly("budget");
        assertThat(naamwoorden("hoe het uitgevoerd wordt, het werk en het gebied", woordenschat))
                .containsExactly("werk", "gebied");
    }

    private static List<String> naamwoorden(String zin, Set<String> woordenschat) {
        List<String> woorden = Arrays.asList(zin.split("[^\\p{L}]+"));
        return java.util.stream.IntStream.range(0, woorden.size())
                .filter(i -> OpkomendeThemaZoeker.alsZelfstandigNaamwoord(woorden, i, woordenschat))
                .mapToObj(woorden::get).toList();
    }
}
