package nl.uitvoering.standen.beeld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.uitvoering.standen.analyse.Beoordeling;
import nl.uitvoering.standen.analyse.EditieBeeld;
import nl.uitvoering.standen.api.ProbleemException;
import nl.uitvoering.standen.editie.Editie;
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

    /** The picture together with its ETag, or an empty picture when nothing was consolidated yet. */
    public record Beeld(EditieBeeld inhoud, OpgeslagenBeeld opgeslagen) {
    }

    /** A reviewed picture and what it was made from: the stored picture and the number of decisions. */
    private record Gelezen(String sleutel, Beeld beeld) {
    }

    /**
     * The last reviewed picture per edition. Dashboards read the same picture many times between two changes;
     * reading and parsing megabytes of JSON for each of them made reads slow (see BENCHMARKS.md).
     */
    private final Map<Integer, Gelezen> gelezen = new ConcurrentHashMap<>();

    /**
     * What a read needs to know before the picture itself: its ETag, and whether the edition is adopted (and so
     * public). One query, because dashboards poll with If-None-Match and most polls end here with a 304.
     */
    public record Kop(String etag, boolean openbaar) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Kop kop(int jaar) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = Panache.getEntityManager().createNativeQuery("""
                        select v.inhoud_hash, b.etag, (select count(*) from besluit where editie_jaar = e.jaar)
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
            return new Kop(vastgesteldeEtag((String) rij[0]), true);
        }
        return new Kop((rij[1] == null ? "leeg" : (String) rij[1]) + "-b" + ((Number) rij[2]).longValue(), false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String etag(int jaar) {
        return kop(jaar).etag();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Beeld beeld(int jaar) {
        bestaandeEditie(jaar);
        Optional<VastgesteldeBeelden.VastgesteldBeeld> bevroren = vastgesteld.van(jaar);
        if (bevroren.isPresent()) {
            VastgesteldeBeelden.VastgesteldBeeld staat = bevroren.get();
            return new Beeld(staat.beeld(), new OpgeslagenBeeld(jaar, null, vastgesteldeEtag(staat.inhoudHash()),
                    staat.vastgesteldOp()));
        }
        Gelezen vorige = gelezen.get(jaar);
        if (vorige != null && opslag.zoekZonderInhoud(jaar).map(kop -> sleutel(kop, jaar)).orElse("")
                .equals(vorige.sleutel())) {
            return vorige.beeld();
        }
        return opslag.zoek(jaar)
                .map(opgeslagen -> {
                    Beeld beeld = new Beeld(beoordeeld(opgeslagen), opgeslagen);
                    gelezen.put(jaar, new Gelezen(sleutel(opgeslagen, jaar), beeld));
                    return beeld;
                })
                .orElseGet(() -> new Beeld(new EditieBeeld(jaar, 0, null, List.of(), List.of()),
                        new OpgeslagenBeeld(jaar, null, "leeg", null)));
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

    /** Changes when the stored picture is written again (also with equal content) or a decision is taken. */
    private String sleutel(OpgeslagenBeeld opgeslagen, int jaar) {
        return opgeslagen.etag() + "@" + opgeslagen.bijgewerktOp() + "-b" + besluiten.stand(jaar);
    }

    private static String vastgesteldeEtag(String inhoudHash) {
        return "vastgesteld-" + inhoudHash.substring(0, 32);
    }

    /** The automatic picture with the Stuurgroep's decisions applied. */
    private EditieBeeld beoordeeld(OpgeslagenBeeld opgeslagen) {
        return Beoordeling.pasToe(lees(opgeslagen.json()), besluiten.vanEditie(opgeslagen.jaar()), minimumOrganisaties);
    }

    private static void bestaandeEditie(int jaar) {
        if (Editie.findById(jaar) == null) {
            throw ProbleemException.nietGevonden("Editie " + jaar + " bestaat niet.");
        }
    }

    private EditieBeeld lees(String beeldJson) {
        try {
            return json.readValue(beeldJson, EditieBeeld.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored picture is not readable", e);
        }
    }
}
