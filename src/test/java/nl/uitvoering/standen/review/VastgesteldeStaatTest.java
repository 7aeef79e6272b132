package nl.uitvoering.standen.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.uitvoering.standen.analyse.EditieBeeld;
import org.junit.jupiter.api.Test;

/** An adopted Staat is kept for ever: a later version of the service must still read it. */
class VastgesteldeStaatTest {

    /** Strict, as the service's mapper is for requests: the Staat's reader has to be tolerant by itself. */
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void eenStaatMetEenVeldErbijEnEenHernoemdVeldWordtGelezen() throws Exception {
        VastgesteldeStaat vandaag = new VastgesteldeStaat(
                new EditieBeeld(2025, 2, "2026.2", "1 (sha256:abc)", List.of(), List.of()), List.of(),
                List.of(new VastgesteldeStaat.StandVersieVerwijzing("uwv", 3)));
        ObjectNode opgeslagen = json.valueToTree(vandaag);
        // A later version added a field at the top and inside the picture, and renamed the picture's leesmodel.
        opgeslagen.put("oproepen", "nieuw in een latere versie");
        ObjectNode beeld = (ObjectNode) opgeslagen.get("beeld");
        beeld.put("methode", "nieuw");
        beeld.set("leesmodelVersie", beeld.remove("leesmodel"));

        VastgesteldeStaat gelezen = VastgesteldeStaat.lees(json, json.writeValueAsString(opgeslagen));

        assertThat(gelezen.beeld().jaar()).isEqualTo(2025);
        assertThat(gelezen.beeld().taxonomieVersie()).isEqualTo("2026.2");
        assertThat(gelezen.beeld().leesmodel()).as("a renamed field without alias reads as absent").isNull();
        assertThat(gelezen.standVersies()).containsExactly(new VastgesteldeStaat.StandVersieVerwijzing("uwv", 3));
    }
}
