package nl.uitvoering.standen.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** The adopted Staat of an edition: written once, never changed. */
@Entity
public class Vaststelling extends PanacheEntityBase {

    @Id
    @Column(name = "editie_jaar")
    public Integer jaar;
    @ColumnTransformer(write = "?::jsonb")
    public String staat;
    @Column(columnDefinition = "bpchar(64)")
    public String inhoudHash;
    public String vastgesteldDoor;
    public Instant vastgesteldOp;

    public static boolean isVastgesteld(int jaar) {
        return findById(jaar) != null;
    }
}
