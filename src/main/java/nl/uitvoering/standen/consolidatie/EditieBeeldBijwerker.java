package nl.uitvoering.standen.consolidatie;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import nl.uitvoering.standen.analyse.BeeldBouwer;
import nl.uitvoering.standen.analyse.EditieBeeld;
import nl.uitvoering.standen.analyse.Ernst;
import nl.uitvoering.standen.analyse.KnelpuntTekst;
import nl.uitvoering.standen.analyse.OpkomendeThemaZoeker;
import nl.uitvoering.standen.analyse.StandTekst;
import nl.uitvoering.standen.beeld.EditieBeeldOpslag;
import nl.uitvoering.standen.beeld.OpgeslagenBeeld;
import nl.uitvoering.standen.stand.StandGebeurtenisData;

/**
 * Recomputes pictures from the consolidated Standen and stores them. Editions are built oldest first, because an
 * emergent theme keeps the id it got in an earlier edition: a change to one edition therefore also rebuilds the
 * later editions that have a picture (in practice changes arrive for the newest edition).
 */
@ApplicationScoped
public class EditieBeeldBijwerker {

    @Inject
    GeconsolideerdeStanden standen;
    @Inject
    Lezer lezer;
    @Inject
    EditieBeeldOpslag opslag;
    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void werkBij(Set<Integer> geraakteEdities) {
        if (geraakteEdities.isEmpty()) {
            return;
        }
        int vanaf = Collections.min(geraakteEdities);
        SortedSet<Integer> teBouwen = new TreeSet<>(geraakteEdities);
        List<OpkomendeThemaZoeker.EerderThema> eerdere = new ArrayList<>();
        for (OpgeslagenBeeld opgeslagen : opslag.alle()) {
            if (opgeslagen.jaar() < vanaf) {
                eerdere.addAll(lees(opgeslagen.json(), EditieBeeld.class).opkomendeThemas());
            } else {
                teBouwen.add(opgeslagen.jaar());
            }
        }
        teBouwen.forEach(opslag::vergrendel);
        BeeldBouwer bouwer = lezer.bouwer();
        for (int jaar : teBouwen) {
            List<StandTekst> teksten = standen.actueleStanden(jaar).stream().map(this::alsTekst).toList();
            EditieBeeld beeld = bouwer.bouw(jaar, teksten, List.copyOf(eerdere));
            opslag.bewaar(jaar, schrijf(beeld));
            eerdere.addAll(beeld.opkomendeThemas());
        }
    }

    /**
     * Rebuilds the picture of one edition from its consolidated Standen, with the emergent themes of the earlier
     * editions' stored pictures: a rebuild that goes oldest first gives what {@link #werkBij} gives.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void herbouw(int jaar) {
        opslag.vergrendel(jaar);
        List<OpkomendeThemaZoeker.EerderThema> eerdere = new ArrayList<>();
        opslag.alle().stream().filter(opgeslagen -> opgeslagen.jaar() < jaar)
                .forEach(opgeslagen -> eerdere.addAll(lees(opgeslagen.json(), EditieBeeld.class).opkomendeThemas()));
        List<StandTekst> teksten = standen.actueleStanden(jaar).stream().map(this::alsTekst).toList();
        opslag.bewaar(jaar, schrijf(lezer.bouwer().bouw(jaar, teksten, List.copyOf(eerdere))));
    }

    /** Every edition with consolidated Standen or a picture, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SortedSet<Integer> edities() {
        SortedSet<Integer> edities = new TreeSet<>(standen.edities());
        opslag.alle().forEach(opgeslagen -> edities.add(opgeslagen.jaar()));
        return edities;
    }

    private StandTekst alsTekst(String standJson) {
        StandGebeurtenisData versie = lees(standJson, StandGebeurtenisData.class);
        List<StandGebeurtenisData.Knelpunt> knelpunten = versie.inhoud().knelpunten();
        return new StandTekst(versie.organisatie(), versie.versie(),
                IntStream.range(0, knelpunten.size())
                        .mapToObj(positie -> alsTekst(positie, knelpunten.get(positie)))
                        .toList());
    }

    private static KnelpuntTekst alsTekst(int positie, StandGebeurtenisData.Knelpunt knelpunt) {
        return new KnelpuntTekst(positie, knelpunt.titel(), knelpunt.omschrijving(), Ernst.vanCode(knelpunt.ernst()),
                knelpunt.themas(), knelpunt.wetten());
    }

    private <T> T lees(String tekst, Class<T> type) {
        try {
            // Stored by this or another version of the service: fields it does not know are left alone.
            return json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(tekst);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is not readable", e);
        }
    }

    private String schrijf(EditieBeeld beeld) {
        try {
            return json.writeValueAsString(beeld);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the picture of " + beeld.jaar(), e);
        }
    }
}
