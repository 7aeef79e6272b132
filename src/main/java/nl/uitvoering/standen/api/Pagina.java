package nl.uitvoering.standen.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** One page of a list, with the paging facts and the links a client follows (HAL style). */
public record Pagina<T>(List<T> elementen, Paginering paginering, @JsonProperty("_links") Links links) {

    /** Where this page stands in the whole list. */
    public record Paginering(int pagina, int paginaGrootte, int totaalAantal, int totaalPaginas) {
    }

    public record Link(String href) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Links(Link self, Link first, Link prev, Link next, Link last) {
    }

    /** The requested page of a whole list. */
    public static <T> Pagina<T> van(List<T> alles, PaginaVerzoek verzoek, UriInfo uri) {
        int van = Math.min(alles.size(), (verzoek.pagina - 1) * verzoek.paginaGrootte);
        int tot = Math.min(alles.size(), van + verzoek.paginaGrootte);
        return uitgesneden(alles.subList(van, tot), alles.size(), verzoek, uri);
    }

    /** A page that was already cut out (by the database), of a list of {@code totaalAantal} elements. */
    public static <T> Pagina<T> uitgesneden(List<T> elementen, long totaalAantal, PaginaVerzoek verzoek,
                                            UriInfo uri) {
        int totaalPaginas = (int) Math.max(1, (totaalAantal + verzoek.paginaGrootte - 1) / verzoek.paginaGrootte);
        Links links = new Links(link(uri, verzoek.pagina), link(uri, 1),
                verzoek.pagina > 1 ? link(uri, Math.min(verzoek.pagina - 1, totaalPaginas)) : null,
                verzoek.pagina < totaalPaginas ? link(uri, verzoek.pagina + 1) : null,
                link(uri, totaalPaginas));
        return new Pagina<>(List.copyOf(elementen),
                new Paginering(verzoek.pagina, verzoek.paginaGrootte, (int) totaalAantal, totaalPaginas), links);
    }

    private static Link link(UriInfo uri, int pagina) {
        return new Link(uri.getRequestUriBuilder().replaceQueryParam("pagina", pagina).build().toString());
    }
}
