package nl.uitvoering.standen.consolidatie;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.uitvoering.standen.stand.StandGebeurtenis;
import nl.uitvoering.standen.stand.StandGebeurtenisData;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Applies a batch of Stand events and updates the pictures they touch, all in one transaction: either the batch
 * and its pictures are stored, or nothing is and the batch is delivered again.
 */
@ApplicationScoped
public class Consolidator {

    private static final Logger LOG = Logger.getLogger(Consolidator.class);
    private static final Set<String> TYPES = Set.of(StandGebeurtenis.INGEDIEND, StandGebeurtenis.INGETROKKEN);

    @Inject
    GeconsolideerdeStanden standen;
    @Inject
    EditieBeeldBijwerker bijwerker;
    @Inject
    ObjectMapper json;
    @Inject
    DodeLetters dodeLetters;
    @ConfigProperty(name = "standen.consolidation.max-version-jump")
    int maximaleSprong;

    @Transactional
    public void verwerk(List<CloudEvent> gebeurtenissen) {
        Set<Integer> geraakteEdities = new TreeSet<>();
        for (CloudEvent gebeurtenis : gebeurtenissen) {
            StandGebeurtenisData versie = lees(gebeurtenis);
            if (versie != null && !isAannemelijk(versie, gebeurtenis)) {
                continue;
            }
            if (versie != null && standen.pasToe(versie.organisatie(), versie.jaar(), versie.versie(),
                    versie.ingetrokken(), gebeurtenis.getId(),
                    new String(gebeurtenis.getData().toBytes(), StandardCharsets.UTF_8))) {
                geraakteEdities.add(versie.jaar());
            }
        }
        bijwerker.werkBij(geraakteEdities);
    }

    /**
     * Versions of a Stand come one by one from intake; a version far ahead of the one applied would, once applied,
     * make every real later version look old and freeze that Stand. Such an event goes to the dead letters.
     */
    private boolean isAannemelijk(StandGebeurtenisData versie, CloudEvent gebeurtenis) {
        int bekend = standen.bekendeVersie(versie.organisatie(), versie.jaar());
        if (versie.versie() <= bekend + maximaleSprong) {
            return true;
        }
        dodeLetters.stuur(gebeurtenis.getId(), gebeurtenis.getData().toBytes(), "onwaarschijnlijke versiesprong van "
                + bekend + " naar " + versie.versie() + " (meer dan " + maximaleSprong + ")",
                "CloudEvent " + gebeurtenis.getId() + " (" + gebeurtenis.getType() + ")");
        return false;
    }

    /**
     * A record we cannot read would block the partition forever; it goes to the dead-letter topic with the reason
     * instead, and the records behind it are applied.
     */
    private StandGebeurtenisData lees(CloudEvent gebeurtenis) {
        byte[] data = gebeurtenis.getData() == null ? new byte[0] : gebeurtenis.getData().toBytes();
        String herkomst = "CloudEvent " + gebeurtenis.getId() + " (" + gebeurtenis.getType() + ")";
        if (!TYPES.contains(gebeurtenis.getType()) || gebeurtenis.getData() == null) {
            dodeLetters.stuur(gebeurtenis.getId(), data, "onverwacht type of geen data", herkomst);
            return null;
        }
        try {
            // Tolerant: an event from a newer producer may carry fields this consumer does not know yet.
            StandGebeurtenisData versie = json.readerFor(StandGebeurtenisData.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(data);
            if (!versie.ingetrokken() && versie.inhoud() == null) {
                throw new IOException("a submitted version without content");
            }
            return versie;
        } catch (IOException e) {
            dodeLetters.stuur(gebeurtenis.getId(), data, "onleesbare data: " + e.getMessage(), herkomst);
            return null;
        }
    }
}
