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
}
