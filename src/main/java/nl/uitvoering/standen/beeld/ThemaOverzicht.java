package nl.uitvoering.standen.beeld;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import nl.uitvoering.standen.analyse.EditieBeeld;
import nl.uitvoering.standen.api.Pagina;

/**
 * Response of {@code GET /edities/{jaar}/themas}: the ranked themes of an edition, one page of them, and the
 * version of the learned reader (with the hash of its training data) that built the picture.
 */
public record ThemaOverzicht(int jaar, int aantalOrganisaties, String taxonomieVersie, String leesmodel,
                             Instant bijgewerktOp,
                             List<EditieBeeld.ThemaBeeld> themas, Pagina.Paginering paginering,
                             @JsonProperty("_links") Pagina.Links links) {
}
