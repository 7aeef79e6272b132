package nl.uitvoering.standen.api;

import java.util.Map;

/** Dutch titles for the HTTP statuses this API answers with. */
final class ProbleemTitels {

    private static final Map<Integer, String> TITELS = Map.ofEntries(
            Map.entry(400, "Ongeldig verzoek"),
            Map.entry(401, "Niet geauthenticeerd"),
            Map.entry(403, "Geen toegang"),
            Map.entry(404, "Niet gevonden"),
            Map.entry(405, "Methode niet toegestaan"),
            Map.entry(406, "Gevraagd formaat niet beschikbaar"),
            Map.entry(409, "Conflict"),
            Map.entry(412, "Voorwaarde niet vervuld"),
            Map.entry(413, "Verzoek te groot"),
            Map.entry(415, "Mediatype niet ondersteund"),
            Map.entry(428, "Voorwaarde vereist"),
            Map.entry(429, "Te veel verzoeken"),
            Map.entry(500, "Interne fout"),
            Map.entry(503, "Dienst tijdelijk niet beschikbaar"));

    private ProbleemTitels() {
    }

    static String voor(int status) {
        return TITELS.getOrDefault(status, status >= 500 ? "Serverfout" : "Fout in het verzoek");
    }
}
