package nl.uitvoering.standen.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import nl.uitvoering.standen.analyse.EditieBeeld;

/** The frozen picture of an adopted edition, which the read side serves instead of the live one. */
@ApplicationScoped
public class VastgesteldeBeelden {

    @Inject
    ObjectMapper json;

    /** The adopted picture, its content hash and the moment of adoption. */
    public record VastgesteldBeeld(EditieBeeld beeld, String inhoudHash, Instant vastgesteldOp) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VastgesteldBeeld> van(int jaar) {
        return Vaststelling.<Vaststelling>findByIdOptional(jaar).map(vaststelling -> new VastgesteldBeeld(
                VastgesteldeStaat.lees(json, vaststelling.staat).beeld(), vaststelling.inhoudHash,
                vaststelling.vastgesteldOp));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isVastgesteld(int jaar) {
        return Vaststelling.isVastgesteld(jaar);
    }
}
