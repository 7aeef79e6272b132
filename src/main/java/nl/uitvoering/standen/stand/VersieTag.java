package nl.uitvoering.standen.stand;

import jakarta.ws.rs.core.EntityTag;
import java.util.Optional;
import nl.uitvoering.standen.api.ProbleemException;

/** The ETag of a Stand is its version number; If-Match names the version a client revises. */
final class VersieTag {

    private VersieTag() {
    }

    static EntityTag van(int versie) {
        return new EntityTag(String.valueOf(versie));
    }

    /** The version an If-Match header expects; empty when the header is absent or {@code *}. */
    static Optional<Integer> verwachteVersie(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return Optional.empty();
        }
        String waarde = ifMatch.strip();
        if (waarde.startsWith("W/")) {
            waarde = waarde.substring(2);
        }
        if (waarde.length() >= 2 && waarde.startsWith("\"") && waarde.endsWith("\"")) {
            waarde = waarde.substring(1, waarde.length() - 1);
        }
        try {
            return Optional.of(Integer.parseInt(waarde));
        } catch (NumberFormatException e) {
            throw ProbleemException.voorwaardeNietVervuld(
                    "If-Match moet de ETag van een versie zijn, zoals \"3\"; ontvangen: " + ifMatch + ".");
        }
    }
}
