package nl.uitvoering.standen.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import nl.uitvoering.standen.AutomatischeToegang;
import nl.uitvoering.standen.EchteStack;
import org.junit.jupiter.api.Test;

/** Prometheus scrapes the metrics inside the cluster (deploy/kubernetes); the Ingress does not route them. */
@QuarkusTest
@EchteStack
class MetriekenTest {

    @Test
    void prometheusLeestDeMetriekenVanHttpDatabaseEnKafka() {
        given().header(AutomatischeToegang.ANONIEM, "ja")
                .when().get("/api/v1/organisaties")
                .then().statusCode(401);

        given().header(AutomatischeToegang.ANONIEM, "ja")
                .when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("agroal_active_count"))
                .body(containsString("kafka_producer_"))
                .body(containsString("kafka_consumer_fetch_manager_records_lag"));
    }
}
