package nl.uitvoering.standen.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters of a list: {@code ?pagina=2&paginaGrootte=20}. */
public class PaginaVerzoek implements QueryParameters {

    @QueryParam("pagina")
    @DefaultValue("1")
    @Min(1)
    @Max(1_000_000)
    @Parameter(description = "Het nummer van de pagina, vanaf 1")
    public int pagina;

    @QueryParam("paginaGrootte")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    @Parameter(description = "Het aantal elementen per pagina, 1 tot en met 100")
    public int paginaGrootte;
}
