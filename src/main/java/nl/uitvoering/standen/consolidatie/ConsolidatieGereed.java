package nl.uitvoering.standen.consolidatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.uitvoering.standen.kafka.StandenTopic;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows in readiness how many records this consolidator could not read and sent to the dead-letter topic. They
 * do not make it unready (the records behind them are applied); an operator looks at the topic.
 */
@Readiness
@ApplicationScoped
public class ConsolidatieGereed implements HealthCheck {

    @ConfigProperty(name = "standen.consolidation.enabled")
    boolean actief;
    @Inject
    DodeLetters dodeLetters;
    @Inject
    StandenTopic topic;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("consolidatie").up()
                .withData("actief", actief)
                .withData("dodeLetters", (long) dodeLetters.aantal())
                .withData("dodeLettersTopic", topic.dodeLetters())
                .build();
    }
}
