package nl.uitvoering.standen.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every successful JSON read that has no ETag of its own one computed from its content, and answers a
 * matching If-None-Match with 304, so that dashboards can poll lists cheaply. Resources that know a cheaper
 * ETag (the pictures) set it themselves.
 */
public class EtagFilter {

    @Inject
    ObjectMapper json;

    @ServerResponseFilter
    public void etag(ContainerRequestContext verzoek, ContainerResponseContext antwoord)
            throws JsonProcessingException {
        if (!"GET".equals(verzoek.getMethod()) || antwoord.getStatus() != 200 || antwoord.getEntity() == null
                || antwoord.getHeaders().containsKey(HttpHeaders.ETAG)
                || !MediaType.APPLICATION_JSON_TYPE.isCompatible(antwoord.getMediaType())) {
            return;
        }
        String etag = "\"" + Vingerafdruk.sha256(json.writeValueAsBytes(antwoord.getEntity())).substring(0, 32) + "\"";
        antwoord.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        String ifNoneMatch = verzoek.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*"))) {
            antwoord.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            antwoord.setEntity(null);
        }
    }
}
