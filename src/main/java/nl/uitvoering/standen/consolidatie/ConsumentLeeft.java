package nl.uitvoering.standen.consolidatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** A consolidator whose consumer thread has died reads nothing any more: liveness fails, so it is restarted. */
@Liveness
@ApplicationScoped
public class ConsumentLeeft implements HealthCheck {

    @Inject
    StandGebeurtenisConsument consument;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("consolidatie-consument").status(consument.leeft()).build();
    }
}
