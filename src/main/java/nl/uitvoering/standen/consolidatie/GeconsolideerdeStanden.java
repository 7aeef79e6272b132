package nl.uitvoering.standen.consolidatie;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The consolidator's own copy of the latest version of every Stand, as learnt from the events. */
@ApplicationScoped
public class GeconsolideerdeStanden {

    /**
     * Stores the version if it is newer than what is known for its (organisation, edition). Older and duplicate
     * versions are ignored, which makes redelivery and reordering harmless.
     *
     * @return whether the version was applied
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean pasToe(String organisatie, int jaar, int versie, boolean ingetrokken, String gebeurtenisId,
                          String standJson) {
        int gewijzigd = Panache.getEntityManager().createNativeQuery("""
                        insert into geconsolideerde_stand
                            (organisatie_code, editie_jaar, versie, ingetrokken, gebeurtenis_id, stand, bijgewerkt_op)
                        values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7)
                        on conflict (organisatie_code, editie_jaar) do update
                            set versie = excluded.versie, ingetrokken = excluded.ingetrokken,
                                gebeurtenis_id = excluded.gebeurtenis_id, stand = excluded.stand,
                                bijgewerkt_op = excluded.bijgewerkt_op
                            where geconsolideerde_stand.versie < excluded.versie""")
                .setParameter(1, organisatie).setParameter(2, jaar).setParameter(3, versie)
                .setParameter(4, ingetrokken).setParameter(5, gebeurtenisId).setParameter(6, standJson)
                .setParameter(7, Instant.now())
                .executeUpdate();
        return gewijzigd > 0;
    }

    /** The version applied for this (organisation, edition), 0 when none is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int bekendeVersie(String organisatie, int jaar) {
        @SuppressWarnings("unchecked")
        List<Number> versie = Panache.getEntityManager().createNativeQuery("""
                        select versie from geconsolideerde_stand where organisatie_code = ?1 and editie_jaar = ?2""")
                .setParameter(1, organisatie).setParameter(2, jaar).getResultList();
        return versie.isEmpty() ? 0 : versie.get(0).intValue();
    }

    /** The editions that have consolidated Standen. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Integer> edities() {
        @SuppressWarnings("unchecked")
        List<Number> edities = Panache.getEntityManager()
                .createNativeQuery("select distinct editie_jaar from geconsolideerde_stand").getResultList();
        return edities.stream().map(Number::intValue).toList();
    }

    /** A version the consolidator has applied. */
    public record Verwerkt(String organisatie, int versie, boolean ingetrokken) {
    }

    /** The version of every Stand of the edition that the consolidator has applied, in organisation order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Verwerkt> verwerkteVersies(int jaar) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = Panache.getEntityManager().createNativeQuery("""
                        select organisatie_code, versie, ingetrokken from geconsolideerde_stand
                        where editie_jaar = ?1 order by organisatie_code""")
                .setParameter(1, jaar).getResultList();
        return rijen.stream().map(rij -> new Verwerkt((String) rij[0], ((Number) rij[1]).intValue(),
                (Boolean) rij[2])).toList();
    }

    /** The JSON of every Stand of the edition that is not withdrawn, in organisation order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> actueleStanden(int jaar) {
        @SuppressWarnings("unchecked")
        List<String> standen = Panache.getEntityManager().createNativeQuery("""
                        select cast(stand as text) from geconsolideerde_stand
                        where editie_jaar = ?1 and not ingetrokken order by organisatie_code""", String.class)
                .setParameter(1, jaar)
                .getResultList();
        return standen;
    }
}
