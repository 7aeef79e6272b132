package nl.uitvoering.standen.beveiliging;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;
import java.util.Set;
import nl.uitvoering.standen.api.ProbleemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Limits on what one request and one client may ask, and the request id on every answer. */
public class VerzoekFilters {

    private static final Set<String> SCHRIJVEN = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    Snelheidsbegrenzer begrenzer;
    @Inject
    VerzoekId verzoekId;
    @Inject
    Gebruiker gebruiker;
    @ConfigProperty(name = "standen.security.max-body-bytes")
    long maximaleBody;

    @ServerRequestFilter(preMatching = true)
    public void begrensBody(ContainerRequestContext verzoek) {
        if (verzoek.getLength() > maximaleBody) {
            throw new ProbleemException(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "De body is groter dan " + maximaleBody + " bytes.");
        }
    }

    /**
     * Runs after sign-in (tokens are verified before any filter), so the bucket is the subject's: a new token for
     * the same subject does not refill it. Not pre-matching, so that it runs on a worker thread for our blocking
     * endpoints and may ask the database.
     */
    @ServerRequestFilter
    public void begrensSchrijven(ContainerRequestContext verzoek) {
        if (SCHRIJVEN.contains(verzoek.getMethod())) {
            OptionalLong wacht = begrenzer.neem(gebruiker.subject());
            if (wacht.isPresent()) {
                throw new TeVeelVerzoekenException(wacht.getAsLong());
            }
        }
    }

    @ServerResponseFilter
    public void verzoekId(ContainerResponseContext antwoord) {
        antwoord.getHeaders().putSingle(VerzoekId.KOP, verzoekId.waarde());
    }

    /** Too many writes; the client may try again after the given number of seconds. */
    public static class TeVeelVerzoekenException extends RuntimeException {

        private final long wachtSeconden;

        TeVeelVerzoekenException(long wachtSeconden) {
            super("Te veel schrijfverzoeken; probeer het over " + wachtSeconden + " seconden opnieuw.");
            this.wachtSeconden = wachtSeconden;
        }

        public long wachtSeconden() {
            return wachtSeconden;
        }
    }
}
