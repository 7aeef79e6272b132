package nl.uitvoering.standen.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeleerdeToewijzerTest {

    private static final Taxonomie TAXONOMIE = TaxonomieLezer.standaard();
    private static final NederlandseAnalyse ANALYSE = Analysekern.nederlandseAnalyse(TAXONOMIE);
    private static final TaxonomieToewijzer SLEUTELWOORDEN =
            new TaxonomieToewijzer(TAXONOMIE, ANALYSE, Weging.STANDAARD);
    private static final Kenmerken KENMERKEN = new Kenmerken(ANALYSE, SLEUTELWOORDEN);

    private static final String PERSONEEL = ANALYSE.stammen("personeel").get(0);

    /** A model by hand: personeel (the word or a compound part) raises one theme, with threshold 0.5. */
    private static GeleerdeToewijzer lezerMetBias(double bias) {
        Leesmodel.ThemaModel personeel = new Leesmodel.ThemaModel("arbeidsmarkt-personeel", bias,
                new Leesmodel.Kalibratie(1, 0), 0.5, 0.8, 0.05,
                Map.of(Kenmerken.WOORD + PERSONEEL, 3.0, Kenmerken.DEEL + PERSONEEL, 3.0));
        Leesmodel model = new Leesmodel("test", TAXONOMIE.versie(),
                new Leesmodel.Trainingsdata("sha256:test", 0, Map.of()), 0.7, List.of(personeel));
        return new GeleerdeToewijzer(model, KENMERKEN, SLEUTELWOORDEN, TAXONOMIE);
    }

    private static KnelpuntTekst knelpunt(String tekst) {
        return new KnelpuntTekst(0, "", tekst, Ernst.HOOG, List.of(), List.of());
    }

    /** The bias that gives this text exactly the probability asked. */
    private static double biasVoorKans(String tekst, double kans) {
        double waarde = KENMERKEN.van(knelpunt(tekst)).get(Kenmerken.WOORD + PERSONEEL);
        return Math.log(kans / (1 - kans)) - 3.0 * waarde;
    }

    @Test
    void eenThemaBovenZijnDrempelWordtToegekendMetKansEnRedenen() {
        String tekst = "Er is een groot tekort aan personeel.";
        List<Toewijzing> toewijzingen = lezerMetBias(biasVoorKans(tekst, 0.8)).wijsToe(knelpunt(tekst));

        assertThat(toewijzingen).extracting(Toewijzing::thema).containsExactly("arbeidsmarkt-personeel");
        Toewijzing toewijzing = toewijzingen.get(0);
        assertThat(toewijzing.score()).isEqualTo(0.8);
        assertThat(toewijzing.redenen().get(0)).startsWith("kans ").contains("leesmodel test");
        assertThat(toewijzing.redenen()).anyMatch(reden -> reden.contains("'personeel'"));
    }

    @Test
    void eenThemaNetOnderZijnDrempelMaaktHetKnelpuntOnzeker() {
        String tekst = "Te weinig personeel.";
        List<Toewijzing> toewijzingen = lezerMetBias(biasVoorKans(tekst, 0.45)).wijsToe(knelpunt(tekst));

        assertThat(toewijzingen).extracting(Toewijzing::thema).containsExactly(Taxonomie.ONZEKER);
        assertThat(toewijzingen.get(0).score()).isEqualTo(0.45);
        assertThat(toewijzingen.get(0).redenen().get(0)).contains("mogelijk 'Arbeidsmarkt en personeel'");
    }

    @Test
    void eenTekstZonderAanwijzingKrijgtGeenThema() {
        assertThat(lezerMetBias(-1).wijsToe(knelpunt("Het weer was wisselend."))).isEmpty();
    }

    @Test
    void eenWoordWordtGeciteerdZoalsHetInDeTekstStaat() {
        assertThat(GeleerdeToewijzer.woordMet("het personeelstekort groeit", "tekort")).isEqualTo("personeelstekort");
        assertThat(GeleerdeToewijzer.woordMet("vacatures blijven open", "vacatur")).isEqualTo("vacatures");
        assertThat(GeleerdeToewijzer.woordMet("niets", "tekort")).isEqualTo("tekort");
    }
}
