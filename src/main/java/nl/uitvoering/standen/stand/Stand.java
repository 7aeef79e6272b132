package nl.uitvoering.standen.stand;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** The Stand of one organisation in one edition; its versions hold the content. */
@Entity
public class Stand extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisatie_code")
    public String organisatie;
    @Column(name = "editie_jaar")
    public int jaar;
    public int laatsteVersie;

    static Optional<Stand> zoek(String organisatie, int jaar) {
        return find("organisatie = ?1 and jaar = ?2", organisatie, jaar).firstResultOptional();
    }

    /**
     * Returns the Stand row locked for this transaction, creating it first if needed. The lock makes concurrent
     * revisions of one Stand queue up, so that versions stay gap-free and no update is lost.
     */
    static Stand vergrendel(String organisatie, int jaar) {
        getEntityManager().createNativeQuery("""
                        insert into stand (organisatie_code, editie_jaar) values (?1, ?2)
                        on conflict (organisatie_code, editie_jaar) do nothing""")
                .setParameter(1, organisatie).setParameter(2, jaar).executeUpdate();
        return find("organisatie = ?1 and jaar = ?2", organisatie, jaar)
                .withLock(LockModeType.PESSIMISTIC_WRITE).singleResult();
    }
}
