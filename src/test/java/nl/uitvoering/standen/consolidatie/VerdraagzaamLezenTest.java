package nl.uitvoering.standen.consolidatie;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.uitvoering.standen.EchteStack;
import nl.uitvoering.standen.kafka.KafkaInstellingen;
import nl.uitvoering.standen.kafka.StandenTopic;
import nl.uitvoering.standen.stand.StandGebeurtenis;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The topic is replayed for ever and written by more than one version of the service: the consolidator reads
 * events from before {@code schemaVersie} and events with fields it does not know yet.
 */
@QuarkusTest
@EchteStack
class VerdraagzaamLezenTest {

    @Inject
    KafkaInstellingen kafka;
    @Inject
    StandenTopic topic;

    @Test
    void eenGebeurtenisZonderSchemaversieEnMetOnbekendeVeldenWordtToegepast() throws Exception {
        int jaar = nieuweOpenEditie();
        String data = """
                {"organisatie": "ind", "jaar": %d, "versie": 1, "ingetrokken": false,
                 "ingediendOp": "2026-12-03T10:00:00Z", "herkomstKanaal": "document",
                 "inhoud": {"samenvatting": "Samenvatting.", "bijlagen": [],
                   "knelpunten": [{"titel": "Personeelstekort", "ernst": "hoog", "pagina": 4,
                     "omschrijving": "Door krapte op de arbeidsmarkt en vergrijzing blijven vacatures open."}]}}"""
                .formatted(jaar);
        try (KafkaProducer<String, CloudEvent> producent = new KafkaProducer<>(kafka.producent(),
                new StringSerializer(), new CloudEventSerializer())) {
            producent.send(new ProducerRecord<>(topic.naam(), "ind", CloudEventBuilder.v1()
                    .withId(StandGebeurtenis.id("ind", jaar, 1))
                    .withSource(URI.create("urn:nld:oin:00000000000000000000:systeem:standen-test"))
                    .withType(StandGebeurtenis.INGEDIEND)
                    .withSubject(StandGebeurtenis.onderwerp("ind", jaar))
                    .withDataContentType("application/json")
                    .withData(data.getBytes(StandardCharsets.UTF_8))
                    .build())).get();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/v1/edities/" + jaar + "/themas").then().statusCode(200)
                .body("aantalOrganisaties", equalTo(1))
                .body("themas[0].id", equalTo("arbeidsmarkt-personeel"))
                .body("themas[0].organisaties", contains("ind")));
    }
}
