package nl.uitvoering.standen.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The outbox in health. A dead relay thread is a liveness failure: a restart is the cure. An outbox whose oldest
 * row is older than {@code standen.outbox.max-age} is reported under wellness ({@code /q/health/well}, and in
 * {@code /q/health}): it means the broker has been away for long, which an operator should see, but it must not take
 * intake out of service, because intake does not depend on the broker.
 */
public final class OutboxGezondheid {

    private OutboxGezondheid() {
    }

    @Liveness
    @ApplicationScoped
    public static class RelayLeeft implements HealthCheck {

        @Inject
        OutboxRelay relay;

        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.named("outbox-relay").status(relay.leeft()).build();
        }
    }

    @Wellness
    @ApplicationScoped
    public static class Ouderdom implements HealthCheck {

        @ConfigProperty(name = "standen.outbox.max-age")
        Duration maximaleOuderdom;

        @Override
        public HealthCheckResponse call() {
            Optional<Instant> oudste = QuarkusTransaction.requiringNew().call(OutboxBericht::oudste);
            Duration ouderdom = oudste.map(moment -> Duration.between(moment, Instant.now())).orElse(Duration.ZERO);
            return HealthCheckResponse.named("outbox-ouderdom")
                    .status(ouderdom.compareTo(maximaleOuderdom) <= 0)
                    .withData("oudsteWachtendSeconden", ouderdom.toSeconds())
                    .withData("maximumSeconden", maximaleOuderdom.toSeconds())
                    .build();
        }
    }
}
