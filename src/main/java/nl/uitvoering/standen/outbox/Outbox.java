package nl.uitvoering.standen.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Records an event in the caller's transaction; the {@link OutboxRelay} publishes it after the commit. */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper json;
    @Inject
    Event<OutboxGevuld> gevuld;

    @Transactional(Transactional.TxType.MANDATORY)
    public void schrijf(String gebeurtenisId, String type, String sleutel, String onderwerp, Object data) {
        OutboxBericht bericht = new OutboxBericht();
        bericht.gebeurtenisId = gebeurtenisId;
        bericht.type = type;
        bericht.sleutel = sleutel;
        bericht.onderwerp = onderwerp;
        bericht.data = alsJson(data);
        bericht.aangemaaktOp = Instant.now();
        bericht.persist();
        gevuld.fire(new OutboxGevuld());
    }

    /** How many recorded events whose subject begins with the given text are not yet published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long wachtend(String onderwerpBegin) {
        return OutboxBericht.count("substring(onderwerp, 1, ?2) = ?1", onderwerpBegin, onderwerpBegin.length());
    }

    private String alsJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise event data", e);
        }
    }
}
