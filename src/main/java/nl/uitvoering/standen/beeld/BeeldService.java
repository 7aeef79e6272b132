package nl.uitvoering.standen.beeld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.uitvoering.standen.analyse.Beoordeling;
import nl.uitvoering.standen.analyse.EditieBeeld;
import nl.uitvoering.standen.api.ProbleemException;
import nl.uitvoering.standen.review.Besluiten;
import nl.uitvoering.standen.review.VastgesteldeBeelden;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the stored picture of an edition; an edition without Standen yet has an empty picture. */
@ApplicationScoped
public class BeeldService {

    @Inject
    EditieBeeldOpslag opslag;
    @Inject
    ObjectMapper json;
    @Inject
    Besluiten besluiten;
    @Inject
    VastgesteldeBeelden vastgesteld;
    @ConfigProperty(name = "standen.picture.minimum-organisations")
    int minimumOrganisaties;

    /** The picture, or an empty picture when nothing was consolidated yet, with its ETag (see {@link #beeld}). */
    public record Beeld(EditieBeeld inhoud, OpgeslagenBeeld opgeslagen, String etag) {
    }

    /** A picture as last read, and the version of it that was: see {@link Kop#versie()}. */
    private record Gelezen(String versie, Beeld beeld) {
    }

    /**
     * The last picture read per edition. Dashboards read the same picture many times between two changes;
     * reading and parsing megabytes of JSON for each of them made reads slow (see BENCHMARKS.md).
     */
    private final Map<Integer, Gelezen> gelezen = new ConcurrentHashMap<>();

    /**
     * What a read needs to know before the picture itself: its ETag, whether the edition is adopted (and so
     * public), and when the picture was last written. One query, because dashboards poll with If-None-Match and
     * most polls end here with a 304.
     */
    public record Kop(String etag, boolean openbaar, Instant geschrevenOp) {

        /** Changes whenever the picture is written again (also with equal content) or a decision is taken. */
        String versie() {
            return etag + "@" + geschrevenOp;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Kop kop(int jaar) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = Panache.getEntityManager().createNativeQuery("""
                        select v.inhoud_hash, v.vastgesteld_op, b.etag, b.bijgewerkt_op,
                               (select count(*) from besluit where editie_jaar = e.jaar)
                        from editie e
                        left join vaststelling v on v.editie_jaar = e.jaar
                        left join editie_beeld b on b.editie_jaar = e.jaar
                        where e.jaar = ?1""")
                .setParameter(1, jaar).getResultList();
        if (rijen.isEmpty()) {
            throw ProbleemException.nietGevonden("Editie " + jaar + " bestaat niet.");
        }
        Object[] rij = rijen.get(0);
        if (rij[0] != null) {
            return new Kop(vastgesteldeEtag((String) rij[0]), true, alsInstant(rij[1]));
        }
        return new Kop((rij[2] == null ? "leeg" : (String) rij[2]) + "-b" + ((Number) rij[4]).longValue(), false,
                alsInstant(rij[3]));
    }

    /**
     * The picture and its ETag from one snapshot of the database (a repeatable-read transaction of its own), so
     * that a tag is never sent with other content than the one it names. Inside a caller's transaction it reads in
     * that one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Beeld beeld(int jaar) {
        if (QuarkusTransaction.isActive()) {
            return leesBeeld(jaar);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Panache.getEntityManager().createNativeQuery("set transaction isolation level repeatable read")
                    .executeUpdate();
            return leesBeeld(jaar);
        });
    }

    private Beeld leesBeeld(int jaar) {
        Kop kop = kop(jaar);
        Gelezen vorige = gelezen.get(jaar);
        if (vorige != null && vorige.versie().equals(kop.versie())) {
            return vorige.beeld();
        }
        Beeld beeld = kop.openbaar() ? vastgesteldBeeld(jaar, kop) : opgeslagenBeeld(jaar, kop);
        gelezen.put(jaar, new Gelezen(kop.versie(), beeld));
        return beeld;
    }

    private Beeld vastgesteldBeeld(int jaar, Kop kop) {
        VastgesteldeBeelden.VastgesteldBeeld staat = vastgesteld.van(jaar).orElseThrow();
        return new Beeld(staat.beeld(), new OpgeslagenBeeld(jaar, null, vastgesteldeEtag(staat.inhoudHash()),
                staat.vastgesteldOp()), kop.etag());
    }

    private Beeld opgeslagenBeeld(int jaar, Kop kop) {
        return opslag.zoek(jaar)
                .map(opgeslagen -> new Beeld(beoordeeld(opgeslagen), opgeslagen, kop.etag()))
                .orElseGet(() -> new Beeld(new EditieBeeld(jaar, 0, null, null, List.of(), List.of()),
                        new OpgeslagenBeeld(jaar, null, "leeg", null), kop.etag()));
    }

    /** The pictures of the editions from {@code vanaf} to {@code tot} that have one, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EditieBeeld> beelden(int vanaf, int tot) {
        return opslag.alle().stream().filter(b -> b.jaar() >= vanaf && b.jaar() <= tot)
                .map(b -> vastgesteld.van(b.jaar()).map(VastgesteldeBeelden.VastgesteldBeeld::beeld)
                        .orElseGet(() -> beoordeeld(b)))
                .toList();
    }

    /** Adopted editions are public; any other picture needs a reading role. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isOpenbaar(int jaar) {
        return kop(jaar).openbaar();
    }

    private static Instant alsInstant(Object waarde) {
        return waarde instanceof Timestamp tijdstip ? tijdstip.toInstant() : (Instant) waarde;
    }

    private static String vastgesteldeEtag(String inhoudHash) {
        return "vastgesteld-" + inhoudHash.substring(0, 32);
    }

    /** The automatic picture with the Stuurgroep's decisions applied. */
    private EditieBeeld beoordeeld(OpgeslagenBeeld opgeslagen) {
        return Beoordeling.pasToe(lees(opgeslagen.json()), besluiten.vanEditie(opgeslagen.jaar()), minimumOrganisaties);
    }

    private EditieBeeld lees(String beeldJson) {
        try {
            // Stored by this or another version of the service: fields it does not know are left alone.
            return json.readerFor(EditieBeeld.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(beeldJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored picture is not readable", e);
        }
    }
}
