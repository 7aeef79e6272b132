package nl.uitvoering.standen.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail. The member names are fixed by the RFC; {@code invalidParams} is the extension the
 * NL GOV API Design Rules use to list every violation of a request.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Probleem(String type, String title, int status, String detail, String instance,
                       List<OngeldigeParameter> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record OngeldigeParameter(String name, String reason) {
    }
}
