package nl.uitvoering.standen.beveiliging;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.regex.Pattern;

/** The id of the current request: the caller's X-Request-ID when it is sane, otherwise a new one. */
@RequestScoped
public class VerzoekId {

    public static final String KOP = "X-Request-ID";
    private static final Pattern GELDIG = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject
    HttpServerRequest verzoek;

    private String id;

    public String waarde() {
        if (id == null) {
            String gegeven = verzoek.getHeader(KOP);
            id = gegeven != null && GELDIG.matcher(gegeven).matches() ? gegeven : UUID.randomUUID().toString();
        }
        return id;
    }
}
