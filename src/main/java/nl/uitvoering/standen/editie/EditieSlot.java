package nl.uitvoering.standen.editie;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Serialises the changes of an edition against its adoption, with a PostgreSQL advisory lock held until the
 * transaction ends. Changes (a Stand, a decision) share the lock, so they never wait for each other; adoption takes
 * it alone, so it waits for the changes under way and holds off new ones until it commits. A change that got the
 * lock after an adoption sees the edition adopted and is refused: nothing gets a 2xx after adoption.
 * Take it before the transaction reads the edition, so that what it reads is what the lock protects.
 */
@ApplicationScoped
public class EditieSlot {

    /** Names our locks apart from any other advisory lock in the database (the two-key form: class, object). */
    private static final int EDITIE_SLOTEN = 0x53744564;

    /** Taken before changing anything of the edition; returns the edition (null if there is none) as it is now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Editie voorWijziging(int jaar) {
        neem("pg_advisory_xact_lock_shared", jaar);
        return Editie.findById(jaar);
    }

    /** Taken by adoption, before it reads what it freezes; returns the edition (null if there is none). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Editie voorVaststelling(int jaar) {
        neem("pg_advisory_xact_lock", jaar);
        return Editie.findById(jaar);
    }

    private static void neem(String functie, int jaar) {
        Panache.getEntityManager().createNativeQuery("select " + functie + "(?1, ?2)")
                .setParameter(1, EDITIE_SLOTEN).setParameter(2, jaar).getSingleResult();
    }
}
