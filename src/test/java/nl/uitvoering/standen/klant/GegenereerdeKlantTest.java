package nl.uitvoering.standen.klant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import nl.uitvoering.standen.EchteStack;
import nl.uitvoering.standen.TestData;
import nl.uitvoering.standen.infrastructuur.EchteInfrastructuur;
import nl.uitvoering.standen.klant.api.BeeldApi;
import nl.uitvoering.standen.klant.api.EditiesApi;
import nl.uitvoering.standen.klant.api.StandenApi;
import nl.uitvoering.standen.klant.model.EditieInvoer;
import nl.uitvoering.standen.klant.model.KnelpuntInhoud;
import nl.uitvoering.standen.klant.model.StandInhoud;
import nl.uitvoering.standen.klant.model.StandVersieWeergave;
import nl.uitvoering.standen.klant.model.ThemaBeeld;
import org.junit.jupiter.api.Test;

/**
 * An integrator's view: a client generated at build time from openapi/openapi.json drives the main flow against
 * the running service. If the contract were wrong, this would not compile or not work.
 */
@QuarkusTest
@EchteStack
class GegenereerdeKlantTest {

    @TestHTTPResource("/api/v1")
    URL basis;

    @Test
    void eenAgentschapDientInHerzietEnLeestDeThemasMetDeGegenereerdeKlant() throws Exception {
        ApiClient klant = new ApiClient();
        klant.updateBaseUri(basis.toString());
        String token = EchteInfrastructuur.tokens().token("integrator", Set.of("indiener", "beheer", "lezer"), "uwv",
                Duration.ofMinutes(10));
        klant.setRequestInterceptor(verzoek -> verzoek.header("Authorization", "Bearer " + token));
        EditiesApi edities = new EditiesApi(klant);
        StandenApi standen = new StandenApi(klant);
        BeeldApi beeld = new BeeldApi(klant);
        OffsetDateTime nu = OffsetDateTime.now();
        int jaar = nl.uitvoering.standen.TestData.ongebruiktJaar();
        edities.editieToevoegen(new EditieInvoer().jaar(jaar).indienenVanaf(nu.minusDays(1))
                .indienenTot(nu.plusDays(10)));

        StandVersieWeergave eerste = standen.standIndienen(jaar, "uwv", stand("arbeidsmarkt-personeel"), null);
        StandVersieWeergave herzien = standen.standIndienen(jaar, "uwv",
                stand("arbeidsmarkt-personeel", "complexiteit-regelgeving"), "\"1\"");

        assertThat(eerste.getVersie()).isEqualTo(1);
        assertThat(herzien.getVersie()).isEqualTo(2);
        assertThatThrownBy(() -> standen.standIndienen(jaar, "uwv", stand("beleidsreflex"), "\"1\""))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(412));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(beeld.themasOpvragen(jaar, 1, 20).getThemas())
                        .extracting(ThemaBeeld::getId)
                        .containsExactlyInAnyOrder("arbeidsmarkt-personeel", "complexiteit-regelgeving"));
        assertThat(standen.versiesOpvragen(jaar, "uwv", null, null).getElementen()).hasSize(2);
    }

    private static StandInhoud stand(String... themas) {
        StandInhoud stand = new StandInhoud().samenvatting("Samenvatting.");
        for (String thema : themas) {
            String[] tekst = TestData.tekstOver(thema);
            stand.addKnelpuntenItem(new KnelpuntInhoud().titel(tekst[0]).omschrijving(tekst[1]).ernst("hoog")
                    .themas(List.of()).wetten(List.of()).doelgroepen(List.of("burgers")));
        }
        return stand;
    }
}
