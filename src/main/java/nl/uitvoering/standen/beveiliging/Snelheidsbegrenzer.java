package nl.uitvoering.standen.beveiliging;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per signed-in subject for writes: {@code standen.security.writes-per-minute} on average, with
 * bursts up to that number. Kept in PostgreSQL and refilled by its clock, so that every instance draws from the
 * same bucket and a new token for the same subject starts with what the old one left.
 */
@ApplicationScoped
public class Snelheidsbegrenzer {

    @ConfigProperty(name = "standen.security.writes-per-minute")
    int perMinuut;

    /** Takes one write from the subject's bucket; when empty, the number of seconds until the next one. */
    public OptionalLong neem(String subject) {
        Object[] emmer = QuarkusTransaction.requiringNew().call(() -> (Object[]) Panache.getEntityManager()
                .createNativeQuery("""
                        insert into schrijflimiet as e (sleutel, tokens, toegestaan, bijgevuld)
                        values (?1, ?2 - 1, true, now())
                        on conflict (sleutel) do update set
                            toegestaan = least(?2, e.tokens + extract(epoch from now() - e.bijgevuld) * ?2 / 60) >= 1,
                            tokens = least(?2, e.tokens + extract(epoch from now() - e.bijgevuld) * ?2 / 60)
                                     - case when least(?2, e.tokens + extract(epoch from now() - e.bijgevuld) * ?2 / 60)
                                                 >= 1 then 1 else 0 end,
                            bijgevuld = now()
                        returning toegestaan, tokens""")
                .setParameter(1, subject).setParameter(2, (double) perMinuut).getSingleResult());
        if ((Boolean) emmer[0]) {
            return OptionalLong.empty();
        }
        double tokens = ((Number) emmer[1]).doubleValue();
        return OptionalLong.of((long) Math.ceil((1 - tokens) * 60 / perMinuut));
    }
}
