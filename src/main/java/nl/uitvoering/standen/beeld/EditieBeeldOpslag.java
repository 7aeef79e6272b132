package nl.uitvoering.standen.beeld;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.uitvoering.standen.api.Vingerafdruk;

/** Keeps the latest picture of every edition, written by the consolidator and read by the picture API. */
@ApplicationScoped
public class EditieBeeldOpslag {

    /** The first key of the two-key advisory locks on pictures ("SB"), apart from any other advisory lock. */
    private static final int BEELD_SLOT = 0x5342;

    @Transactional(Transactional.TxType.MANDATORY)
    public void bewaar(int jaar, String json) {
        Panache.getEntityManager().createNativeQuery("""
                        insert into editie_beeld (editie_jaar, beeld, etag, bijgewerkt_op)
                        values (?1, cast(?2 as jsonb), ?3, ?4)
                        on conflict (editie_jaar) do update
                            set beeld = excluded.beeld, etag = excluded.etag, bijgewerkt_op = excluded.bijgewerkt_op
                            where editie_beeld.etag <> excluded.etag""")
                .setParameter(1, jaar).setParameter(2, json).setParameter(3, etag(json))
                .setParameter(4, Instant.now())
                .executeUpdate();
    }

    /**
     * Takes the edition's picture lock until the end of the transaction. Consolidators on other partitions apply
     * other Standen of the same edition; without the lock two of them could each build the picture without the
     * other's uncommitted Stand and the last commit would miss one. Callers lock editions in ascending order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void vergrendel(int jaar) {
        Panache.getEntityManager().createNativeQuery("select cast(pg_advisory_xact_lock(?1, ?2) as text)")
                .setParameter(1, BEELD_SLOT).setParameter(2, jaar).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OpgeslagenBeeld> zoek(int jaar) {
        return lees(Panache.getEntityManager().createNativeQuery(SELECTIE + " where editie_jaar = ?1")
                .setParameter(1, jaar)).stream().findFirst();
    }

    /** The stored pictures of all editions, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OpgeslagenBeeld> alle() {
        return lees(Panache.getEntityManager().createNativeQuery(SELECTIE + " order by editie_jaar"));
    }

    private static final String SELECTIE =
            "select editie_jaar, cast(beeld as text), etag, bijgewerkt_op from editie_beeld";

    private static List<OpgeslagenBeeld> lees(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = query.getResultList();
        return rijen.stream().map(rij -> new OpgeslagenBeeld(((Number) rij[0]).intValue(), (String) rij[1],
                (String) rij[2], alsInstant(rij[3]))).toList();
    }

    private static Instant alsInstant(Object waarde) {
        return waarde instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) waarde;
    }

    private static String etag(String json) {
        return Vingerafdruk.sha256(json.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }
}
