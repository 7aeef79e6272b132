package nl.uitvoering.standen.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    /** When the oldest row still waiting was written, if any waits. */
    static Optional<Instant> oudste() {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select min(aangemaaktOp) from OutboxBericht", Instant.class).getSingleResult());
    }

    /** Moves this row, with the reason the broker will not take it, out of the way of the rows behind it. */
    void naarDodeLetters(String reden) {
        getEntityManager().createNativeQuery("""
                        insert into outbox_dode_letter (id, gebeurtenis_id, type, sleutel, onderwerp, data,
                                                        aangemaakt_op, reden, verplaatst_op)
                        select id, gebeurtenis_id, type, sleutel, onderwerp, data, aangemaakt_op, ?2, now()
                        from outbox where id = ?1""")
                .setParameter(1, id).setParameter(2, reden).executeUpdate();
        delete();
    }
}
