package nl.uitvoering.standen.infrastructuur;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * A stand-in identity provider for tests and the local run: a key pair made at start (never stored in the
 * repository) that signs real RS256 tokens, and the public key as a PEM file for the service to verify them.
 */
public final class Tokenuitgever {

    public static final String ISSUER = "https://sso.standen.lokaal/realms/standen";
    public static final String AUDIENCE = "standen-api";

    private final KeyPair sleutels;
    private final Path publiekeSleutel;

    private Tokenuitgever(KeyPair sleutels, Path publiekeSleutel) {
        this.sleutels = sleutels;
        this.publiekeSleutel = publiekeSleutel;
    }

    public static Tokenuitgever start(Path map) throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair sleutels = generator.generateKeyPair();
        Path pem = map.resolve("standen-jwt-publiek.pem");
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(sleutels.getPublic().getEncoded());
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n");
        return new Tokenuitgever(sleutels, pem);
    }

    /** The configuration that makes the service trust this issuer. */
    public Map<String, String> configuratie() {
        return Map.of("mp.jwt.verify.publickey.location", publiekeSleutel.toUri().toString(),
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.audiences", AUDIENCE);
    }

    public String indiener(String organisatie) {
        return token("indiener-" + organisatie, Set.of("indiener"), organisatie, Duration.ofHours(8));
    }

    public String met(String subject, String... rollen) {
        return token(subject, Set.of(rollen), null, Duration.ofHours(8));
    }

    public String token(String subject, Set<String> rollen, String organisatie, Duration geldig) {
        return ondertekend(claims(subject, rollen, organisatie, geldig), sleutels.getPrivate());
    }

    public JwtClaimsBuilder claims(String subject, Set<String> rollen, String organisatie, Duration geldig) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject)
                .groups(rollen).expiresIn(geldig);
        return organisatie == null ? claims : claims.claim("organisatie", organisatie);
    }

    /** Signs any claims with this issuer's key, also claims the service must refuse (wrong issuer, audience). */
    public String ondertekendMet(JwtClaimsBuilder claims) {
        return ondertekend(claims, sleutels.getPrivate());
    }

    public PrivateKey privateSleutel() {
        return sleutels.getPrivate();
    }

    public static String ondertekend(JwtClaimsBuilder claims, PrivateKey sleutel) {
        return claims.jws().keyId("standen-lokaal").sign(sleutel);
    }
}
