package nl.uitvoering.standen.editie;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** One reporting round, named by year, with the window in which organisations submit their Stand. */
@Entity
public class Editie extends PanacheEntityBase {

    @Id
    public Integer jaar;
    public Instant indienenVanaf;
    public Instant indienenTot;
    /** Set once by adoption, in the same transaction as the adopted Staat; never unset (a trigger guards it). */
    public boolean vastgesteld;

    public boolean isOpenOp(Instant moment) {
        return !moment.isBefore(indienenVanaf) && moment.isBefore(indienenTot);
    }
}
