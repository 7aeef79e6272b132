package nl.uitvoering.standen.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;

/** An event waiting to be published; deleted once the broker has acknowledged it. */
@Entity
@Table(name = "outbox")
public class OutboxBericht extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String gebeurtenisId;
    public String type;
    public String sleutel;
    public String onderwerp;
    @ColumnTransformer(write = "?::jsonb")
    public String data;
    public Instant aangemaaktOp;

    /**
     * The oldest waiting rows, locked so that another relay instance skips them instead of publishing them twice.
     */
    static List<OutboxBericht> volgendePartij(int maximum) {
        @SuppressWarnings("unchecked")
        List<OutboxBericht> partij = getEntityManager().createNativeQuery(
                        "select * from outbox order by id limit ?1 for update skip locked", OutboxBericht.class)
                .setParameter(1, maximum)
                .getResultList();
        return partij;
    }
}
