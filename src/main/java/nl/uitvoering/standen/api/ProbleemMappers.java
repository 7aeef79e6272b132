package nl.uitvoering.standen.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import nl.uitvoering.standen.beveiliging.VerzoekFilters;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into problem+json, so that no client ever sees an HTML page or a stack trace. */
public class ProbleemMappers {

    private static final Logger LOG = Logger.getLogger(ProbleemMappers.class);
    /** How Jackson's strict duplicate detection ({@link StrikteJson}) starts its message. */
    private static final String DUBBEL_VELD = "Duplicate field";

    @ServerExceptionMapper
    public Response probleem(ProbleemException e, UriInfo uri) {
        return antwoord(e.status(), e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response nietGeauthenticeerd(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(antwoord(401,
                        "Een geldig bearer-token (JWT) is nodig: ontbrekend, verlopen of niet te vertrouwen.", uri,
                        List.of()))
                .header("WWW-Authenticate", "Bearer realm=\"standen\"").build();
    }

    @ServerExceptionMapper
    public Response geenToegang(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "Uw rol geeft geen toegang tot deze actie." : e.getMessage();
        return antwoord(403, detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response teVeel(VerzoekFilters.TeVeelVerzoekenException e, UriInfo uri) {
        return Response.fromResponse(antwoord(429, e.getMessage(), uri, List.of()))
                .header("Retry-After", e.wachtSeconden()).build();
    }

    @ServerExceptionMapper
    public Response ongeldigeInvoer(ConstraintViolationException e, UriInfo uri) {
        List<Probleem.OngeldigeParameter> schendingen = e.getConstraintViolations().stream()
                .map(v -> new Probleem.OngeldigeParameter(naam(v), v.getMessage()))
                .sorted(Comparator.comparing(Probleem.OngeldigeParameter::name)
                        .thenComparing(Probleem.OngeldigeParameter::reason))
                .toList();
        String detail = schendingen.size() == 1
                ? "De invoer bevat 1 fout."
                : "De invoer bevat " + schendingen.size() + " fouten.";
        return antwoord(400, detail, uri, schendingen);
    }

    // Quarkus registers its own mappers for these exact Jackson types; ours must match as exactly to win.
    @ServerExceptionMapper(priority = 1)
    public Response onbekendVeld(UnrecognizedPropertyException e, UriInfo uri) {
        return onleesbareJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response verkeerdType(MismatchedInputException e, UriInfo uri) {
        return onleesbareJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response kapotteJson(JsonParseException e, UriInfo uri) {
        return onleesbareJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response onleesbareJson(JsonProcessingException e, UriInfo uri) {
        String pad = e instanceof JsonMappingException mapping ? JsonPad.van(mapping.getPath()) : "$";
        return antwoord(400, "De body is geen geldige JSON voor deze resource.", uri,
                List.of(new Probleem.OngeldigeParameter(pad, reden(e))));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return onleesbareJson(json, uri);
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        return antwoord(status, standaardDetail(status), uri, List.of());
    }

    @ServerExceptionMapper
    public Response onverwacht(Throwable e, UriInfo uri) {
        if (isDatabaseOnbereikbaar(e)) {
            LOG.warnf("Database unreachable: %s", e.getMessage());
            return Response.fromResponse(antwoord(503,
                            "De database is tijdelijk niet bereikbaar; er is niets opgeslagen. Probeer het zo opnieuw.",
                            uri, List.of()))
                    .header("Retry-After", 5).build();
        }
        LOG.error("Unexpected failure", e);
        return antwoord(500, "Er ging aan onze kant iets mis. Probeer het later opnieuw.", uri, List.of());
    }

    /** A lost or refused database connection (SQL state class 08), however deeply wrapped. */
    private static boolean isDatabaseOnbereikbaar(Throwable e) {
        for (Throwable oorzaak = e; oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof SQLTransientConnectionException || oorzaak instanceof ConnectException
                    || (oorzaak instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08"))) {
                return true;
            }
            if (oorzaak.getCause() == oorzaak) {
                break;
            }
        }
        return false;
    }

    /** A query parameter by its name, anything else by its JSON path in the body. */
    private static String naam(ConstraintViolation<?> schending) {
        if (schending.getLeafBean() instanceof QueryParameters) {
            String pad = schending.getPropertyPath().toString();
            return pad.substring(pad.lastIndexOf('.') + 1);
        }
        return JsonPad.van(schending.getPropertyPath());
    }

    static Response antwoord(int status, String detail, UriInfo uri, List<Probleem.OngeldigeParameter> schendingen) {
        String instance = uri == null ? null : uri.getPath();
        Probleem probleem = new Probleem("about:blank", ProbleemTitels.voor(status), status, detail, instance,
                schendingen);
        return Response.status(status).type(Probleem.MEDIA_TYPE).entity(probleem).build();
    }

    private static String reden(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException onbekend) {
            return "Onbekend veld '" + onbekend.getPropertyName() + "'.";
        }
        if (e instanceof InvalidFormatException formaat) {
            return "Waarde heeft niet het verwachte type " + formaat.getTargetType().getSimpleName() + ".";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "Verwacht een waarde van type " + mismatch.getTargetType().getSimpleName() + ".";
        }
        String melding = e.getOriginalMessage();
        if (melding != null && melding.startsWith(DUBBEL_VELD)) {
            return "Veld " + melding.substring(DUBBEL_VELD.length()).strip() + " staat twee keer in de body.";
        }
        return "Onleesbare JSON: " + melding;
    }

    private static String standaardDetail(int status) {
        return switch (status) {
            case 404 -> "Deze resource bestaat niet.";
            case 405 -> "Deze methode is niet toegestaan op deze resource.";
            case 406 -> "Deze resource is niet beschikbaar in het gevraagde formaat.";
            case 415 -> "Dit mediatype wordt niet ondersteund; gebruik application/json.";
            default -> ProbleemTitels.voor(status) + ".";
        };
    }

    /** Renders validation and Jackson paths as JSON paths of the request body, e.g. {@code $.knelpunten[0].titel}. */
    static final class JsonPad {

        private JsonPad() {
        }

        static String van(jakarta.validation.Path pad) {
            StringBuilder json = new StringBuilder("$");
            for (jakarta.validation.Path.Node node : pad) {
                switch (node.getKind()) {
                    case METHOD, PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> {
                        continue;
                    }
                    default -> {
                    }
                }
                if (node.isInIterable() && node.getIndex() != null) {
                    json.append('[').append(node.getIndex()).append(']');
                } else if (node.isInIterable() && node.getKey() != null) {
                    json.append('.').append(node.getKey());
                }
                if (node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                    json.append('.').append(node.getName());
                }
            }
            return json.toString();
        }

        static String van(List<JsonMappingException.Reference> pad) {
            StringBuilder json = new StringBuilder("$");
            for (JsonMappingException.Reference ref : pad) {
                if (ref.getFieldName() != null) {
                    json.append('.').append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    json.append('[').append(ref.getIndex()).append(']');
                }
            }
            return json.toString();
        }
    }
}
