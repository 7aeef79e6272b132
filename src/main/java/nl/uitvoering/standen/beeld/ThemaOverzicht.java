package nl.uitvoering.standen.beeld;

import java.time.Instant;
import java.util.List;
import nl.uitvoering.standen.analyse.EditieBeeld;

/** Response of {@code GET /edities/{jaar}/themas}: the ranked themes of an edition. */
public record ThemaOverzicht(int jaar, int aantalOrganisaties, String taxonomieVersie, Instant bijgewerktOp,
                             List<EditieBeeld.ThemaBeeld> themas) {
}
