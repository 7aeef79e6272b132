package nl.uitvoering.standen.consolidatie;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.uitvoering.standen.EchteStack;
import nl.uitvoering.standen.TestData;
import nl.uitvoering.standen.kafka.KafkaInstellingen;
import nl.uitvoering.standen.kafka.StandenTopic;
import nl.uitvoering.standen.stand.KnelpuntInhoud;
import nl.uitvoering.standen.stand.StandGebeurtenis;
import nl.uitvoering.standen.stand.StandInhoud;
import nl.uitvoering.standen.stand.StandVersieWeergave;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** At-least-once delivery with an exactly-once effect: duplicates and stale versions change nothing. */
@QuarkusTest
@EchteStack
class ConsolidatieTest {

    @Inject
    Consolidator consolidator;
    @Inject
    ObjectMapper json;
    @Inject
    KafkaInstellingen kafka;
    @Inject
    StandenTopic topic;

    @Test
    void dubbeleEnOudereVersiesGevenHetzelfdeBeeldAlsEenKeerInVolgorde() throws Exception {
        int inVolgorde = nieuweOpenEditie();
        int doorElkaar = nieuweOpenEditie();

        consolidator.verwerk(List.of(versie(inVolgorde, "uwv", 1, "beleidsreflex"),
                versie(inVolgorde, "uwv", 2, "menselijke-maat")));
        consolidator.verwerk(List.of(versie(doorElkaar, "uwv", 2, "menselijke-maat")));
        consolidator.verwerk(List.of(versie(doorElkaar, "uwv", 1, "beleidsreflex"),
                versie(doorElkaar, "uwv", 2, "menselijke-maat")));
        consolidator.verwerk(List.of(versie(doorElkaar, "uwv", 1, "beleidsreflex")));

        assertThat(themasVan(doorElkaar)).isEqualTo(themasVan(inVolgorde));
        given().when().get("/api/v1/edities/" + doorElkaar + "/themas")
                .then().body("themas.id", contains("menselijke-maat"))
                .body("themas[0].knelpunten[0].versie", equalTo(2));
    }

    @Test
    void eenOpnieuwAfgeleverdKafkaRecordVeranderdNiets() throws Exception {
        int jaar = nieuweOpenEditie();
        try (KafkaProducer<String, CloudEvent> producent = new KafkaProducer<>(kafka.producent(),
                new StringSerializer(), new CloudEventSerializer())) {
            producent.send(record("svb", versie(jaar, "svb", 2, "beleidsreflex"))).get();
            producent.send(record("svb", versie(jaar, "svb", 1, "financiering-sturing"))).get();
            producent.send(record("svb", versie(jaar, "svb", 2, "beleidsreflex"))).get();
            producent.send(record("cak", versie(jaar, "cak", 1, "menselijke-maat"))).get();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/api/v1/edities/" + jaar + "/themas")
                        .then().body("aantalOrganisaties", equalTo(2))
                        .body("themas.id", contains("beleidsreflex", "menselijke-maat"))
                        .body("themas[0].knelpunten[0].versie", equalTo(2)));
    }

    private ProducerRecord<String, CloudEvent> record(String organisatie, CloudEvent gebeurtenis) {
        return new ProducerRecord<>(topic.naam(), organisatie, gebeurtenis);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> themasVan(int jaar) {
        return given().when().get("/api/v1/edities/" + jaar + "/themas")
                .then().statusCode(200).extract().path("themas");
    }

    private CloudEvent versie(int jaar, String organisatie, int versie, String thema) throws Exception {
        String[] tekst = TestData.tekstOver(thema);
        KnelpuntInhoud knelpunt = new KnelpuntInhoud(tekst[0], tekst[1], "hoog", List.of(), List.of(),
                List.of("burgers"), null);
        StandVersieWeergave data = new StandVersieWeergave(organisatie, jaar, versie, false,
                Instant.parse("2026-01-01T00:00:00Z"), new StandInhoud(null, List.of(knelpunt), null));
        return CloudEventBuilder.v1()
                .withId(StandGebeurtenis.id(organisatie, jaar, versie))
                .withSource(URI.create("urn:nld:oin:00000000000000000000:systeem:standen-test"))
                .withType(StandGebeurtenis.INGEDIEND)
                .withDataContentType("application/json")
                .withData(json.writeValueAsBytes(data))
                .build();
    }
}
