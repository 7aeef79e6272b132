package nl.uitvoering.standen.api;

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

        Map<String, PathItem> relatief = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((pad, item) -> {
            relatief.put(pad.startsWith(BASISPAD) ? pad.substring(BASISPAD.length()) : pad, item);
            boolean padParameters = pad.contains("{");
            item.getOperations().forEach((methode, operatie) -> vulAan(methode, operatie, padParameters));
        });
        openAPI.getPaths().setPathItems(relatief);
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
        voegToeIndienAfwezig(antwoorden, "406", "Het gevraagde formaat is niet beschikbaar.");
        voegToeIndienAfwezig(antwoorden, "500", "Onverwachte fout aan de kant van de dienst.");
        antwoorden.getAPIResponses().forEach((code, antwoord) -> {
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
