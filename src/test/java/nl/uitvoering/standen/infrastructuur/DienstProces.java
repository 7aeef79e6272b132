package nl.uitvoering.standen.infrastructuur;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** The packaged service as a process of its own, so that a test can kill it (SIGKILL) or stop it (SIGTERM). */
public final class DienstProces {

    private final ProcessBuilder opdracht;
    private final URI basis;
    private Process proces;

    public DienstProces(Path jar, Path log, Map<String, String> omgeving, int poort) {
        this.opdracht = new ProcessBuilder("java", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        opdracht.environment().putAll(omgeving);
        opdracht.environment().put("QUARKUS_HTTP_PORT", String.valueOf(poort));
        this.basis = URI.create("http://localhost:" + poort);
    }

    /** The environment that points the service at these servers and makes it trust these tokens. */
    public static Map<String, String> omgeving(EchtePostgres postgres, EchteKafka kafka, Tokenuitgever tokens) {
        Map<String, String> jwt = tokens.configuratie();
        Map<String, String> omgeving = new TreeMap<>();
        omgeving.put("STANDEN_JDBC_URL", postgres.jdbcUrl());
        omgeving.put("STANDEN_DB_USER", EchtePostgres.GEBRUIKER);
        omgeving.put("STANDEN_DB_PASSWORD", "");
        omgeving.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        omgeving.put("STANDEN_JWT_PUBLIC_KEY_LOCATION", jwt.get("mp.jwt.verify.publickey.location"));
        omgeving.put("STANDEN_JWT_ISSUER", jwt.get("mp.jwt.verify.issuer"));
        omgeving.put("STANDEN_JWT_AUDIENCE", jwt.get("mp.jwt.verify.audiences"));
        return omgeving;
    }

    public long pid() {
        return proces.pid();
    }

    public URI basis() {
        return basis;
    }

    public void start(Duration maximaal) throws IOException, InterruptedException {
        proces = opdracht.start();
        HttpClient http = HttpClient.newHttpClient();
        Instant grens = Instant.now().plus(maximaal);
        while (Instant.now().isBefore(grens)) {
            if (!proces.isAlive()) {
                throw new IllegalStateException("The service stopped during start-up");
            }
            try {
                if (http.send(HttpRequest.newBuilder(basis.resolve("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException nogNiet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The service was not ready within " + maximaal);
    }

    /** SIGKILL: no shutdown hook, no flush, nothing. */
    public void dood() throws InterruptedException {
        proces.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGTERM, and wait for the graceful shutdown; returns the exit code. */
    public int stop() throws InterruptedException {
        proces.destroy();
        if (!proces.waitFor(60, TimeUnit.SECONDS)) {
            proces.destroyForcibly();
            throw new IllegalStateException("The service did not stop within 60 s of SIGTERM");
        }
        return proces.exitValue();
    }
}
