package nl.uitvoering.standen.stand;

import static io.restassured.RestAssured.given;
import static nl.uitvoering.standen.TestData.nieuweOpenEditie;
import static nl.uitvoering.standen.TestData.stand;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.uitvoering.standen.EchteStack;
import nl.uitvoering.standen.infrastructuur.EchteInfrastructuur;
import org.junit.jupiter.api.Test;

/** Many revisions of one Stand at once: a gap-free version sequence, and no lost update with If-Match. */
@QuarkusTest
@EchteStack
class GelijktijdigIndienenTest {

    private static final int AANTAL = 40;

    @Test
    void gelijktijdigeHerzieningenKrijgenElkEenEigenOpvolgendeVersie() throws Exception {
        int jaar = nieuweOpenEditie();
        String pad = "/api/v1/edities/" + jaar + "/standen/rvo";
        List<Integer> versies = gelijktijdig(IntStream.range(0, AANTAL).mapToObj(i -> (Callable<Integer>) () ->
                given().auth().oauth2(EchteInfrastructuur.tokens().indiener("rvo"))
                        .contentType(ContentType.JSON).body(stand("Herziening " + i))
                        .when().put(pad)
                        .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                        .extract().path("versie")).toList());

        assertThat(versies).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, AANTAL).boxed().toList());
        assertThat(given().queryParam("paginaGrootte", 100).when().get(pad + "/versies")
                .then().extract().<List<Integer>>path("elementen.versie"))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, AANTAL).boxed().toList());
    }

    @Test
    void vanGelijktijdigeHerzieningenOpDezelfdeVersieWintPreciesEen() throws Exception {
        int jaar = nieuweOpenEditie();
        String pad = "/api/v1/edities/" + jaar + "/standen/kadaster";
        given().contentType(ContentType.JSON).body(stand("Basis")).when().put(pad).then().statusCode(201);

        List<Integer> statussen = gelijktijdig(IntStream.range(0, 20).mapToObj(i -> (Callable<Integer>) () ->
                given().auth().oauth2(EchteInfrastructuur.tokens().indiener("kadaster"))
                        .contentType(ContentType.JSON).header("If-Match", "\"1\"").body(stand("Poging " + i))
                        .when().put(pad).then().extract().statusCode()).toList());

        assertThat(statussen).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statussen).filteredOn(status -> status == 412).hasSize(19);
        given().when().get(pad).then().statusCode(200).header("ETag", "\"2\"");
    }

    private static List<Integer> gelijktijdig(List<Callable<Integer>> taken) throws Exception {
        ExecutorService draden = Executors.newFixedThreadPool(8);
        try {
            List<Integer> uitkomsten = new ArrayList<>();
            for (Future<Integer> uitkomst : draden.invokeAll(taken)) {
                uitkomsten.add(uitkomst.get());
            }
            return uitkomsten;
        } finally {
            draden.shutdown();
        }
    }
}
