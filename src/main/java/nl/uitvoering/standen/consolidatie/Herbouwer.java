package nl.uitvoering.standen.consolidatie;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Carries out rebuild orders (table {@code herbouw_opdracht}) on a consolidator: every picture is recomputed from
 * the consolidated Standen, oldest edition first, one transaction per edition. The order is held under a lease that
 * each finished edition renews; when a consolidator dies halfway, the lease runs out and any other consolidator
 * continues after the last edition done. Nothing is wiped, so the pictures stay complete throughout, and it works
 * with any number of consolidators, because the order is the database's, not one consumer's partitions.
 */
@ApplicationScoped
public class Herbouwer {

    private static final Logger LOG = Logger.getLogger(Herbouwer.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration RUST = Duration.ofSeconds(2);

    @ConfigProperty(name = "standen.consolidation.enabled")
    boolean actief;
    @Inject
    EditieBeeldBijwerker bijwerker;

    private final String uitvoerder = "consolidator-" + UUID.randomUUID();
    private final CountDownLatch gestopt = new CountDownLatch(1);
    private Thread draad;

    /** An order as the API shows it. */
    public record Opdracht(long id, String status, String gevraagdDoor, Instant gevraagdOp, Integer laatsteEditie,
                           Instant klaarOp) {
    }

    void start(@Observes StartupEvent opstart) {
        if (!actief) {
            return;
        }
        draad = new Thread(this::draai, "herbouw");
        draad.setDaemon(true);
        draad.start();
    }

    void stop(@Observes ShutdownEvent afsluiten) throws InterruptedException {
        gestopt.countDown();
        if (draad != null) {
            draad.join(Duration.ofSeconds(10).toMillis());
        }
    }

    /** Records an order; any instance may, the consolidators carry it out. */
    public Opdracht bestel(String door) {
        Object[] rij = QuarkusTransaction.requiringNew().call(() -> (Object[]) Panache.getEntityManager()
                .createNativeQuery("""
                        insert into herbouw_opdracht (gevraagd_door, gevraagd_op, status) values (?1, ?2, 'open')
                        returning id, gevraagd_op""")
                .setParameter(1, door).setParameter(2, Instant.now().truncatedTo(ChronoUnit.MICROS))
                .getSingleResult());
        return new Opdracht(((Number) rij[0]).longValue(), "open", door, tijdstip(rij[1]), null, null);
    }

    public Optional<Opdracht> opdracht(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("""
                        select id, status, gevraagd_door, gevraagd_op, laatste_editie, klaar_op
                        from herbouw_opdracht where id = ?1""")
                .setParameter(1, id).getResultList());
        return rijen.stream().findFirst().map(rij -> new Opdracht(((Number) rij[0]).longValue(), (String) rij[1],
                (String) rij[2], tijdstip(rij[3]), rij[4] == null ? null : ((Number) rij[4]).intValue(),
                tijdstip(rij[5])));
    }

    private void draai() {
        while (gestopt.getCount() > 0) {
            try {
                if (!voerUit()) {
                    gestopt.await(RUST.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Rebuild interrupted (%s); the order is taken up again when its lease runs out",
                        e.getMessage());
                try {
                    gestopt.await(RUST.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException onderbroken) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Takes one open order (or one whose lease ran out) and carries it out; false when there is none. */
    boolean voerUit() {
        Optional<Object[]> geclaimd = QuarkusTransaction.requiringNew().call(this::claim);
        if (geclaimd.isEmpty()) {
            return false;
        }
        long id = ((Number) geclaimd.get()[0]).longValue();
        Integer laatste = geclaimd.get()[1] == null ? null : ((Number) geclaimd.get()[1]).intValue();
        LOG.infof("Rebuild order %d: recomputing every picture after edition %s", id, laatste);
        for (int jaar : QuarkusTransaction.requiringNew().call(bijwerker::edities)) {
            if (laatste != null && jaar <= laatste) {
                continue;
            }
            boolean nogVanOns = QuarkusTransaction.requiringNew().call(() -> {
                bijwerker.herbouw(jaar);
                return vorder(id, jaar);
            });
            if (!nogVanOns || gestopt.getCount() == 0) {
                return true;
            }
        }
        QuarkusTransaction.requiringNew().call(() -> sluit(id));
        LOG.infof("Rebuild order %d done", id);
        return true;
    }

    private Optional<Object[]> claim() {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = Panache.getEntityManager().createNativeQuery("""
                        update herbouw_opdracht set status = 'bezig', uitvoerder = ?1,
                            lease_tot = now() + make_interval(secs => ?2)
                        where id = (select id from herbouw_opdracht
                                    where status = 'open' or (status = 'bezig' and lease_tot < now())
                                    order by id limit 1 for update skip locked)
                        returning id, laatste_editie""")
                .setParameter(1, uitvoerder).setParameter(2, (double) LEASE.toSeconds()).getResultList();
        return rijen.stream().findFirst();
    }

    /**
     * Records an edition as done and renews the lease, in the transaction that stored its picture; false when
     * another consolidator took the order over (this one was too slow), which then rolls this edition back.
     */
    private boolean vorder(long id, int jaar) {
        boolean nogVanOns = Panache.getEntityManager().createNativeQuery("""
                        update herbouw_opdracht set laatste_editie = ?3, lease_tot = now() + make_interval(secs => ?4)
                        where id = ?1 and uitvoerder = ?2""")
                .setParameter(1, id).setParameter(2, uitvoerder).setParameter(3, jaar)
                .setParameter(4, (double) LEASE.toSeconds()).executeUpdate() == 1;
        if (!nogVanOns) {
            QuarkusTransaction.setRollbackOnly();
        }
        return nogVanOns;
    }

    private boolean sluit(long id) {
        return Panache.getEntityManager().createNativeQuery("""
                        update herbouw_opdracht set status = 'klaar', klaar_op = now(), lease_tot = null
                        where id = ?1 and uitvoerder = ?2""")
                .setParameter(1, id).setParameter(2, uitvoerder).executeUpdate() == 1;
    }

    private static Instant tijdstip(Object waarde) {
        return waarde == null ? null
                : waarde instanceof java.sql.Timestamp t ? t.toInstant()
                : waarde instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) waarde;
    }
}
