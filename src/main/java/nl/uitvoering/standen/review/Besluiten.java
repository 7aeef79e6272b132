package nl.uitvoering.standen.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.uitvoering.standen.analyse.Besluit;

/** The decisions of an edition, in the order they were taken, for whoever builds the reviewed picture. */
@ApplicationScoped
public class Besluiten {

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Besluit> vanEditie(int jaar) {
        return BesluitRegel.vanEditie(jaar).stream().map(BesluitRegel::besluit).toList();
    }

    /** Changes whenever a decision is added, so that it can be part of an ETag. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long stand(int jaar) {
        return BesluitRegel.count("jaar", jaar);
    }
}
