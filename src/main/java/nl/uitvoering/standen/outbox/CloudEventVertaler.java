package nl.uitvoering.standen.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Maps an outbox row to a CloudEvent following the NL GOV profile for CloudEvents. */
@ApplicationScoped
class CloudEventVertaler {

    @ConfigProperty(name = "standen.events.source")
    URI bron;

    CloudEvent vertaal(OutboxBericht bericht) {
        return CloudEventBuilder.v1()
                .withId(bericht.gebeurtenisId)
                .withSource(bron)
                .withType(bericht.type)
                .withSubject(bericht.onderwerp)
                .withTime(bericht.aangemaaktOp.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(bericht.data.getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
