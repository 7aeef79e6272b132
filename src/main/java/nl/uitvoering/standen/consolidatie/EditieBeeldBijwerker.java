package nl.uitvoering.standen.consolidatie;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.uitvoering.standen.analyse.BeeldBouwer;
import nl.uitvoering.standen.analyse.EditieBeeld;
import nl.uitvoering.standen.analyse.Ernst;
import nl.uitvoering.standen.analyse.KnelpuntTekst;
import nl.uitvoering.standen.analyse.StandTekst;
import nl.uitvoering.standen.beeld.EditieBeeldOpslag;
import nl.uitvoering.standen.stand.KnelpuntInhoud;
import nl.uitvoering.standen.stand.StandVersieWeergave;

/** Recomputes the picture of one edition from the consolidated Standen and stores it. */
@ApplicationScoped
public class EditieBeeldBijwerker {

    @Inject
    GeconsolideerdeStanden standen;
    @Inject
    BeeldBouwer bouwer;
    @Inject
    EditieBeeldOpslag opslag;
    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void werkBij(int jaar) {
        List<StandTekst> teksten = standen.actueleStanden(jaar).stream().map(this::alsTekst).toList();
        EditieBeeld beeld = bouwer.bouw(jaar, teksten);
        try {
            opslag.bewaar(jaar, json.writeValueAsString(beeld));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the picture of " + jaar, e);
        }
    }

    private StandTekst alsTekst(String standJson) {
        StandVersieWeergave versie = lees(standJson);
        List<KnelpuntInhoud> knelpunten = versie.inhoud().knelpunten();
        return new StandTekst(versie.organisatie(), versie.versie(),
                java.util.stream.IntStream.range(0, knelpunten.size())
                        .mapToObj(positie -> alsTekst(positie, knelpunten.get(positie)))
                        .toList());
    }

    private static KnelpuntTekst alsTekst(int positie, KnelpuntInhoud knelpunt) {
        return new KnelpuntTekst(positie, knelpunt.titel(), knelpunt.omschrijving(), Ernst.vanCode(knelpunt.ernst()),
                knelpunt.themas(), knelpunt.wetten());
    }

    private StandVersieWeergave lees(String standJson) {
        try {
            return json.readValue(standJson, StandVersieWeergave.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Consolidated Stand is not readable", e);
        }
    }
}
