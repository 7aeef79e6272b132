package nl.uitvoering.standen.consolidatie;

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
import nl.uitvoering.standen.stand.StandVersieWeergave;
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

    @Transactional
    public void verwerk(List<CloudEvent> gebeurtenissen) {
        Set<Integer> geraakteEdities = new TreeSet<>();
        for (CloudEvent gebeurtenis : gebeurtenissen) {
            StandVersieWeergave versie = lees(gebeurtenis);
            if (versie != null && standen.pasToe(versie.organisatie(), versie.jaar(), versie.versie(),
                    versie.ingetrokken(), gebeurtenis.getId(),
                    new String(gebeurtenis.getData().toBytes(), StandardCharsets.UTF_8))) {
                geraakteEdities.add(versie.jaar());
            }
        }
        bijwerker.werkBij(geraakteEdities);
    }

    /** A record we cannot read would block the partition forever; it is logged and skipped instead. */
    private StandVersieWeergave lees(CloudEvent gebeurtenis) {
        if (!TYPES.contains(gebeurtenis.getType()) || gebeurtenis.getData() == null) {
            LOG.warnf("Skipping event %s of unexpected type %s", gebeurtenis.getId(), gebeurtenis.getType());
            return null;
        }
        try {
            StandVersieWeergave versie = json.readValue(gebeurtenis.getData().toBytes(), StandVersieWeergave.class);
            if (!versie.ingetrokken() && versie.inhoud() == null) {
                throw new IOException("a submitted version without content");
            }
            return versie;
        } catch (IOException e) {
            LOG.errorf("Skipping unreadable event %s: %s", gebeurtenis.getId(), e.getMessage());
            return null;
        }
    }
}
