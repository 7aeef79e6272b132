package nl.uitvoering.standen.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NederlandseAnalyseTest {

    private final NederlandseAnalyse analyse = Analysekern.nederlandseAnalyse(TaxonomieLezer.standaard());

    @Test
    void samenstellingenWordenInBekendeDelenGesplitst() {
        List<Set<String>> posities = analyse.posities("Het personeelstekort");

        assertThat(posities).hasSize(1);
        assertThat(posities.get(0)).containsAll(analyse.stammen("personeel tekort"));
    }

    @Test
    void diakritischeTekensMakenGeenVerschil() {
        assertThat(analyse.stammen("financiële reële cliënten")).isEqualTo(analyse.stammen("financiele reele clienten"));
    }

    @Test
    void stopwoordenVallenWegEnVerbuigingenDelenEenStam() {
        assertThat(analyse.stammen("de regels van het stelsel")).isEqualTo(analyse.stammen("regel stelsels"));
    }

    @Test
    void eenWoordgroepWordtHerkendOokMetEenWoordErtussen() {
        Kernbegrip stapeling = new Kernbegrip("stapeling van beleid", analyse.stammen("stapeling van beleid"), 3);

        assertThat(stapeling.komtVoorIn(analyse.posities("Er is sprake van stapeling van nieuw beleid."))).isTrue();
        assertThat(stapeling.komtVoorIn(analyse.posities("Beleid leidt soms tot stapeling."))).isFalse();
    }

    @Test
    void wetEnRegelgevingMetEenKoppeltekenIsEenWoordgroep() {
        Kernbegrip begrip = new Kernbegrip("wet- en regelgeving", analyse.stammen("wet- en regelgeving"), 3);

        assertThat(begrip.komtVoorIn(analyse.posities("De Wet- en Regelgeving is complex."))).isTrue();
    }
}
