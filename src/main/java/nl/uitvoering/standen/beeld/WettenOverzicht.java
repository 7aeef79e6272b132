package nl.uitvoering.standen.beeld;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import nl.uitvoering.standen.analyse.EditieBeeld;
import nl.uitvoering.standen.api.Pagina;

/** Response of {@code GET /edities/{jaar}/wetten}: laws ranked by the number of organisations that cite them. */
public record WettenOverzicht(int jaar, List<EditieBeeld.WetBeeld> wetten, Pagina.Paginering paginering,
                              @JsonProperty("_links") Pagina.Links links) {
}
