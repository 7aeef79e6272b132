package nl.uitvoering.standen.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes the generated OpenAPI document follow the NL GOV API Design Rules: paths relative to a server URL that
 * carries the major version, a contact, the API-Version header on every success response, and every error
 * response documented as problem+json. Operations state their specific errors (409, 412, ...) themselves.
 */
public class StandenOpenApiFilter implements OASFilter {

    static final String BASISPAD = "/api/v1";
    private static final String VOORBEELDEN = "/openapi/voorbeelden.json";
    /** The descriptions SmallRye generates itself, in the language of the rest of the contract. */
    private static final Map<String, String> NEDERLANDS = Map.of(
            "OK", "Gelukt",
            "Bad Request", "Ongeldig verzoek; invalidParams noemt elke fout.");
    private static final String PROBLEEM = "#/components/schemas/Probleem";
    private static final String VERSIEKOP = "#/components/headers/API-Version";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getInfo().contact(OASFactory.createContact()
                .name("Team Standen, Staat van de Uitvoering")
                .email("standen@example.org")
                .url("https://www.staatvandeuitvoering.nl"));
        openAPI.servers(List.of(OASFactory.createServer().url(BASISPAD)
                .description("Deze omgeving; in productie https://<host>" + BASISPAD)));
        openAPI.getComponents()
                .addHeader("API-Version", OASFactory.createHeader()
                        .description("De volledige versie van de API (semver).")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).examples(List.of("1.0.0"))))
                .addSchema("OngeldigeParameter", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .description("Eén schending van de invoer.")
                        .addProperty("name", tekst("JSON-pad of parameter, bijvoorbeeld $.knelpunten[0].titel"))
                        .addProperty("reason", tekst("Wat er mis is, in het Nederlands")))
                .addSchema("Probleem", probleemSchema());

        Map<String, Map<String, Object>> voorbeelden = voorbeelden();
        Map<String, PathItem> relatief = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((pad, item) -> {
            String relatiefPad = pad.startsWith(BASISPAD) ? pad.substring(BASISPAD.length()) : pad;
            relatief.put(relatiefPad, item);
            item.getOperations().forEach((methode, operatie) -> {
                vulAan(methode, operatie, pad.contains("{"));
                voegVoorbeeldenToe(operatie, pad, voorbeelden.getOrDefault(methode + " " + relatiefPad, Map.of()));
            });
        });
        openAPI.getPaths().setPathItems(relatief);
    }

    /**
     * Examples are data (openapi/voorbeelden.json in the resources) for request and success bodies; an error
     * response gets an example made from its own status and description.
     */
    private static void voegVoorbeeldenToe(Operation operatie, String pad, Map<String, Object> voorbeelden) {
        if (operatie.getRequestBody() != null && voorbeelden.containsKey("verzoek")) {
            operatie.getRequestBody().getContent().getMediaTypes().values()
                    .forEach(mediaType -> mediaType.example(voorbeelden.get("verzoek")));
        }
        operatie.getResponses().getAPIResponses().forEach((code, antwoord) -> {
            if (antwoord.getContent() == null) {
                return;
            }
            antwoord.getContent().getMediaTypes().forEach((type, mediaType) -> {
                Object voorbeeld = code.startsWith("4") || code.startsWith("5")
                        ? probleemVoorbeeld(Integer.parseInt(code), antwoord.getDescription(), pad)
                        : voorbeelden.getOrDefault(code + " " + type, type.contains("json") ? voorbeelden.get(code)
                                : null);
                if (voorbeeld != null) {
                    mediaType.example(voorbeeld);
                }
            });
        });
    }

    private static Map<String, Object> probleemVoorbeeld(int status, String beschrijving, String pad) {
        Map<String, Object> voorbeeld = new LinkedHashMap<>();
        voorbeeld.put("type", "about:blank");
        voorbeeld.put("title", ProbleemTitels.voor(status));
        voorbeeld.put("status", status);
        voorbeeld.put("detail", beschrijving);
        voorbeeld.put("instance", pad);
        if (status == 400) {
            voorbeeld.put("invalidParams", List.of(Map.of("name", "$.knelpunten[0].titel",
                    "reason", "mag niet leeg zijn")));
        }
        return voorbeeld;
    }

    private static Map<String, Map<String, Object>> voorbeelden() {
        try (InputStream bron = StandenOpenApiFilter.class.getResourceAsStream(VOORBEELDEN)) {
            if (bron == null) {
                throw new IllegalStateException("Missing resource " + VOORBEELDEN);
            }
            return new ObjectMapper().readValue(bron, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void vulAan(PathItem.HttpMethod methode, Operation operatie, boolean padParameters) {
        APIResponses antwoorden = operatie.getResponses();
        boolean invoer = operatie.getRequestBody() != null
                || (operatie.getParameters() != null && !operatie.getParameters().isEmpty())
                || methode == PathItem.HttpMethod.PUT || methode == PathItem.HttpMethod.POST
                || methode == PathItem.HttpMethod.PATCH;
        if (invoer) {
            voegToeIndienAfwezig(antwoorden, "400", "Ongeldig verzoek; invalidParams noemt elke fout.");
        }
        if (padParameters) {
            voegToeIndienAfwezig(antwoorden, "404", "Niet gevonden.");
        }
        if (operatie.getRequestBody() != null) {
            voegToeIndienAfwezig(antwoorden, "415", "Mediatype niet ondersteund; gebruik application/json.");
        }
        if (methode == PathItem.HttpMethod.GET) {
            voegToeIndienAfwezig(antwoorden, "304", "Niet gewijzigd sinds de ETag in If-None-Match.");
        }
        voegToeIndienAfwezig(antwoorden, "406", "Het gevraagde formaat is niet beschikbaar.");
        voegToeIndienAfwezig(antwoorden, "500", "Onverwachte fout aan de kant van de dienst.");
        antwoorden.getAPIResponses().forEach((code, antwoord) -> {
            antwoord.description(NEDERLANDS.getOrDefault(antwoord.getDescription(), antwoord.getDescription()));
            if (code.startsWith("2") || code.startsWith("3")) {
                antwoord.addHeader("API-Version", OASFactory.createHeader().ref(VERSIEKOP));
            } else if (code.startsWith("4") || code.startsWith("5")) {
                antwoord.content(OASFactory.createContent().addMediaType(Probleem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEEM))));
            }
        });
    }

    private static void voegToeIndienAfwezig(APIResponses antwoorden, String code, String beschrijving) {
        if (antwoorden.getAPIResponse(code) == null) {
            antwoorden.addAPIResponse(code, OASFactory.createAPIResponse().description(beschrijving));
        }
    }

    private static Schema probleemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Een fout volgens RFC 9457 (problem details).")
                .required(List.of("status", "title", "detail"))
                .addProperty("type", tekst("URI van het probleemtype; about:blank als er geen is"))
                .addProperty("title", tekst("Korte, vaste omschrijving van de status"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int32").description("De HTTP-status").examples(List.of(404)))
                .addProperty("detail", tekst("Uitleg over dit geval"))
                .addProperty("instance", tekst("Het pad van het verzoek"))
                .addProperty("invalidParams", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("Bij 400: elke schending van de invoer")
                        .items(OASFactory.createSchema().ref("#/components/schemas/OngeldigeParameter")));
    }

    private static Schema tekst(String beschrijving) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(beschrijving);
    }
}
