package nl.uitvoering.standen.beveiliging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import nl.uitvoering.standen.AutomatischeToegang;
import nl.uitvoering.standen.EchteStack;
import nl.uitvoering.standen.infrastructuur.EchteInfrastructuur;
import nl.uitvoering.standen.infrastructuur.Tokenuitgever;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken authentication: every token the service should not trust gets 401 with WWW-Authenticate. */
@QuarkusTest
@EchteStack
class TokenTest {

    private static final String PAD = "/api/v1/organisaties";

    private static void geweigerd(String token) {
        given().auth().oauth2(token)
                .when().get(PAD)
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void zonderTokenGeen() {
        given().header(AutomatischeToegang.ANONIEM, "ja")
                .when().get(PAD)
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json");
    }

    @Test
    void eenGeldigTokenWelAlsControle() {
        given().auth().oauth2(EchteInfrastructuur.tokens().met("lezer", "lezer"))
                .when().get(PAD)
                .then().statusCode(200);
    }

    @Test
    void eenVerlopenToken() {
        geweigerd(Tokenuitgever.ondertekend(EchteInfrastructuur.tokens()
                .claims("lezer", Set.of("lezer"), null, Duration.ofMinutes(5))
                .issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().minus(Duration.ofHours(1))), sleutelVanDeTest()));
    }

    @Test
    void eenTokenVanEenAndereUitgever() {
        geweigerd(EchteInfrastructuur.tokens().ondertekendMet(
                Jwt.issuer("https://kwaadwillend.example").audience(Tokenuitgever.AUDIENCE).subject("x")
                        .groups(Set.of("beheer")).expiresIn(Duration.ofMinutes(5))));
    }

    @Test
    void eenTokenVoorEenAnderPubliek() {
        geweigerd(EchteInfrastructuur.tokens().ondertekendMet(
                Jwt.issuer(Tokenuitgever.ISSUER).audience("een-andere-api").subject("x")
                        .groups(Set.of("beheer")).expiresIn(Duration.ofMinutes(5))));
    }

    @Test
    void eenTokenMetEenVreemdeSleutel() throws Exception {
        var vreemd = KeyPairGenerator.getInstance("RSA");
        vreemd.initialize(2048);
        geweigerd(Tokenuitgever.ondertekend(EchteInfrastructuur.tokens()
                .claims("beheerder", Set.of("beheer"), null, Duration.ofMinutes(5)), vreemd.generateKeyPair()
                .getPrivate()));
    }

    @Test
    void eenOnondertekendTokenMetAlgNone() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String kop = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String inhoud = b64.encodeToString(("{\"iss\":\"" + Tokenuitgever.ISSUER + "\",\"aud\":\""
                + Tokenuitgever.AUDIENCE + "\",\"sub\":\"x\",\"groups\":[\"beheer\"],\"exp\":"
                + Instant.now().plusSeconds(300).getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        geweigerd(kop + "." + inhoud + ".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"onzin", "a.b.c", "eyJhbGciOiJSUzI1NiJ9.e30.AAAA"})
    void eenOnleesbaarToken(String token) {
        geweigerd(token);
    }

    private static java.security.PrivateKey sleutelVanDeTest() {
        return EchteInfrastructuur.tokens().privateSleutel();
    }
}
