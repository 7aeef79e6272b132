package nl.uitvoering.standen.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpkomendeThemaZoekerTest {

    private static final Taxonomie TAXONOMIE = TaxonomieLezer.standaard();
    private final OpkomendeThemaZoeker zoeker = Analysekern.opkomendeThemaZoeker(TAXONOMIE,
            Analysekern.nederlandseAnalyse(TAXONOMIE), Weging.STANDAARD, 2);

    private static OpkomendeThemaZoeker.Kandidaat kandidaat(String organisatie, String titel, String tekst) {
        return new OpkomendeThemaZoeker.Kandidaat(organisatie,
                new KnelpuntTekst(0, titel, tekst, Ernst.HOOG, List.of(), List.of()), true);
    }

    private static final List<OpkomendeThemaZoeker.Kandidaat> WONEN = List.of(
            kandidaat("coa", "Vergunninghouders blijven in de opvang",
                    "Door het woningtekort kunnen vergunninghouders niet doorstromen naar een woning."),
            kandidaat("gemeente-utrecht", "Woningnood",
                    "Er zijn te weinig sociale huurwoningen voor vergunninghouders en dakloze inwoners."),
            kandidaat("cbr", "Examenfraude", "Kandidaten gebruiken oortjes tijdens het theorie-examen."));

    private static List<KnelpuntTekst> teksten(List<OpkomendeThemaZoeker.Kandidaat> kandidaten) {
        return kandidaten.stream().map(OpkomendeThemaZoeker.Kandidaat::knelpunt).toList();
    }

    @Test
    void hetzelfdeOnderwerpInAndereWoordenBijTweeOrganisatiesIsEenOpkomendThema() {
        List<OpkomendeThemaZoeker.Groep> groepen = zoeker.zoek(WONEN, teksten(WONEN), List.of());

        assertThat(groepen).hasSize(1);
        OpkomendeThemaZoeker.Groep groep = groepen.get(0);
        assertThat(groep.id()).startsWith("opkomend-");
        assertThat(groep.leden().keySet()).extracting(OpkomendeThemaZoeker.Kandidaat::organisatie)
                .containsExactly("coa", "gemeente-utrecht");
        assertThat(groep.leden().values()).allSatisfy(lid -> assertThat(lid.gedeeldeWoorden()).isNotEmpty());
    }

    @Test
    void eenOnderwerpVanEenOrganisatieIsGeenThema() {
        List<OpkomendeThemaZoeker.Kandidaat> alleenCoa = List.of(WONEN.get(0), WONEN.get(2));

        assertThat(zoeker.zoek(alleenCoa, teksten(WONEN), List.of())).isEmpty();
    }

    @Test
    void eenTerugkerendOpkomendThemaHoudtZijnIdInEenLatereEditie() {
        OpkomendeThemaZoeker.Groep eerder = zoeker.zoek(WONEN, teksten(WONEN), List.of()).get(0);
        List<OpkomendeThemaZoeker.Kandidaat> later = List.of(
                kandidaat("ind", "Statushouders wachten op een woning",
                        "Vergunninghouders verblijven lang in de opvang omdat er geen woning is."),
                kandidaat("gemeente-zwolle", "Dakloosheid", "Meer dakloze inwoners en vergunninghouders zoeken "
                        + "een woning; de wachttijd voor een huurwoning loopt op."),
                kandidaat("cbr", "Examenfraude", "Kandidaten gebruiken oortjes tijdens het theorie-examen."));

        List<OpkomendeThemaZoeker.Groep> groepen = zoeker.zoek(later, teksten(later),
                List.of(new OpkomendeThemaZoeker.EerderThema(eerder.id(), eerder.naam(), eerder.kenmerkStammen())));

        assertThat(groepen).extracting(OpkomendeThemaZoeker.Groep::id).containsExactly(eerder.id());
        assertThat(groepen.get(0).naam()).isEqualTo(eerder.naam());
    }
}
