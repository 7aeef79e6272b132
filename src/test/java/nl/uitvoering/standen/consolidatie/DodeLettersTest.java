package nl.uitvoering.standen.consolidatie;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static nl.uitvoering.standen.TestData.standOver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.uitvoering.standen.EchteStack;
import nl.uitvoering.standen.kafka.KafkaInstellingen;
import nl.uitvoering.standen.kafka.StandenTopic;
import nl.uitvoering.standen.stand.StandGebeurtenis;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** What the consolidator cannot read is kept in the dead-letter topic with the reason; the rest goes on. */
@QuarkusTest
@EchteStack
class DodeLettersTest {

    @Inject
    KafkaInstellingen kafka;
    @Inject
    StandenTopic topic;

    @Test
    void onleesbareRecordsGaanMetRedenNaarDeDodeLettersEnHoudenNietsTegen() throws Exception {
        int jaar = nieuweOpenEditie();
        String geenCloudEvent = "kapot-" + jaar;
        String onleesbareData = "onleesbaar-" + jaar;
        try (KafkaProducer<String, byte[]> ruw = new KafkaProducer<>(kafka.producent(), new StringSerializer(),
                new ByteArraySerializer());
             KafkaProducer<String, CloudEvent> gebeurtenissen = new KafkaProducer<>(kafka.producent(),
                     new StringSerializer(), new CloudEventSerializer())) {
            ruw.send(new ProducerRecord<>(topic.naam(), geenCloudEvent,
                    "dit is geen CloudEvent".getBytes(StandardCharsets.UTF_8))).get();
            gebeurtenissen.send(new ProducerRecord<>(topic.naam(), "uwv", CloudEventBuilder.v1()
                    .withId(onleesbareData)
                    .withSource(URI.create("urn:nld:oin:00000000000000000000:systeem:standen-test"))
                    .withType(StandGebeurtenis.INGEDIEND)
                    .withDataContentType("application/json")
                    .withData("{\"organisatie\": ".getBytes(StandardCharsets.UTF_8))
                    .build())).get();
        }
        given().contentType(ContentType.JSON).body(standOver("beleidsreflex"))
                .when().put("/api/v1/edities/" + jaar + "/standen/uwv").then().statusCode(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/v1/edities/" + jaar + "/themas").then().body("aantalOrganisaties", equalTo(1)));
        Map<String, String> redenen = dodeLetters(List.of(geenCloudEvent, onleesbareData));
        assertThat(redenen.get(geenCloudEvent)).startsWith("geen leesbaar CloudEvent");
        assertThat(redenen.get(onleesbareData)).startsWith("onleesbare data");
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'consolidatie' }.data.dodeLetters", greaterThanOrEqualTo(2));
        assertThat(given().when().get("/q/metrics").then().extract().asString())
                .contains("standen_consolidatie_dode_letters_total");
    }

    @Test
    void eenVersieVerVoorDeToegepasteGaatNaarDeDodeLettersEnBevriestDeStandNiet() throws Exception {
        int jaar = nieuweOpenEditie();
        given().contentType(ContentType.JSON).body(standOver("beleidsreflex"))
                .when().put("/api/v1/edities/" + jaar + "/standen/svb").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/v1/edities/" + jaar + "/themas").then().body("aantalOrganisaties", equalTo(1)));
        String versie1 = given().when().get("/api/v1/edities/" + jaar + "/standen/svb/versies/1")
                .then().statusCode(200).extract().asString();
        String sprong = "sprong-" + jaar;
        try (KafkaProducer<String, CloudEvent> gebeurtenissen = new KafkaProducer<>(kafka.producent(),
                new StringSerializer(), new CloudEventSerializer())) {
            gebeurtenissen.send(new ProducerRecord<>(topic.naam(), "svb", CloudEventBuilder.v1()
                    .withId(sprong)
                    .withSource(URI.create("urn:nld:oin:00000000000000000000:systeem:standen-test"))
                    .withType(StandGebeurtenis.INGEDIEND)
                    .withDataContentType("application/json")
                    .withData(versie1.replaceFirst("\"versie\"\\s*:\\s*1", "\"versie\": 2000000000")
                            .getBytes(StandardCharsets.UTF_8))
                    .build())).get();
        }
        given().contentType(ContentType.JSON).body(standOver("menselijke-maat"))
                .when().put("/api/v1/edities/" + jaar + "/standen/svb")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/api/v1/edities/" + jaar + "/themas").then()
                .body("themas[0].id", equalTo("menselijke-maat"))
                .body("themas[0].knelpunten[0].versie", equalTo(2)));
        assertThat(dodeLetters(List.of(sprong)).get(sprong))
                .startsWith("onwaarschijnlijke versiesprong van 1 naar 2000000000");
    }

    /** The reason header of the dead letters with these keys, read from the start of the dead-letter topic. */
    private Map<String, String> dodeLetters(List<String> sleutels) {
        Map<String, Object> config = kafka.consument("dode-letters-test-" + UUID.randomUUID());
        Map<String, String> redenen = new HashMap<>();
        try (KafkaConsumer<String, byte[]> lezer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            lezer.subscribe(List.of(topic.dodeLetters()));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : lezer.poll(Duration.ofMillis(500))) {
                    if (record.key() != null && sleutels.contains(record.key())) {
                        redenen.put(record.key(), new String(record.headers().lastHeader("reden").value(),
                                StandardCharsets.UTF_8));
                    }
                }
                return redenen.keySet().containsAll(sleutels);
            });
        }
        return redenen;
    }
}
