package nl.uitvoering.standen.api;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** The API Design Rules ask for the full API version on every response. */
public class ApiVersieFilter {

    @ConfigProperty(name = "standen.api.version")
    String apiVersie;

    @ServerResponseFilter
    public void voegVersieToe(ContainerResponseContext response) {
        response.getHeaders().putSingle("API-Version", apiVersie);
    }
}
