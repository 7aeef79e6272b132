package nl.uitvoering.standen.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import nl.uitvoering.standen.analyse.Besluit;

/** The decisions of an edition, in the order they were taken, for whoever builds the reviewed picture. */
@ApplicationScoped
public class Besluiten {

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Besluit> vanEditie(int jaar) {
        return BesluitRegel.vanEditie(jaar).stream().map(BesluitRegel::besluit).toList();
    }

    /** A decision about the themes of one knelpunt, which the reader can learn from: who took it, and when. */
    public record KnelpuntBesluit(int jaar, String organisatie, int positie, String soort, String genomenDoor,
                                  Instant genomenOp) {
    }

    /** Every decision that moved, confirmed or rejected a knelpunt's theme, over all editions, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KnelpuntBesluit> overKnelpunten() {
        List<BesluitRegel> regels = BesluitRegel.list(
                "soort in ('verplaatsen', 'bevestigen', 'verwerpen') order by id");
        return regels.stream().map(r -> new KnelpuntBesluit(r.jaar, r.organisatie, r.positie, r.soort,
                r.genomenDoor, r.genomenOp)).toList();
    }

    /** Changes whenever a decision is added, so that it can be part of an ETag. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long stand(int jaar) {
        return BesluitRegel.count("jaar", jaar);
    }
}
