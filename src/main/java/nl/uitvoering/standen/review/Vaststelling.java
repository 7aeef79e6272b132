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
    /** Login of who adopted it, for the audit; the public Staat names the role. */
    public String vastgesteldDoor;
    public Instant vastgesteldOp;
    /** How {@link #inhoudHash} was taken: {@value #RFC8785}, or for Staten adopted before it existed, not checkable. */
    public String hashMethode;

    static final String RFC8785 = "sha256-rfc8785";

    public static boolean isVastgesteld(int jaar) {
        return findById(jaar) != null;
    }
}
