package nl.uitvoering.standen.beveiliging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per client for writes: {@code standen.security.writes-per-minute} on average, with bursts up to
 * that number. In memory per instance, which bounds what one client can do to one instance.
 */
@ApplicationScoped
public class Snelheidsbegrenzer {

    private static final int MAXIMUM_CLIENTS = 100_000;

    @ConfigProperty(name = "standen.security.writes-per-minute")
    int perMinuut;

    private final Map<String, Emmer> emmers = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Emmer> oudste) {
            return size() > MAXIMUM_CLIENTS;
        }
    };

    /** Takes one write from the client's bucket; when empty, the number of seconds until the next one. */
    public synchronized OptionalLong neem(String client, long nuNanos) {
        Emmer emmer = emmers.computeIfAbsent(client, c -> new Emmer(perMinuut, nuNanos));
        double perNano = perMinuut / (double) Duration.ofMinutes(1).toNanos();
        emmer.tokens = Math.min(perMinuut, emmer.tokens + (nuNanos - emmer.bijgevuld) * perNano);
        emmer.bijgevuld = nuNanos;
        if (emmer.tokens >= 1) {
            emmer.tokens -= 1;
            return OptionalLong.empty();
        }
        return OptionalLong.of((long) Math.ceil((1 - emmer.tokens) / perNano / 1e9));
    }

    private static final class Emmer {
        double tokens;
        long bijgevuld;

        Emmer(double tokens, long bijgevuld) {
            this.tokens = tokens;
            this.bijgevuld = bijgevuld;
        }
    }
}
