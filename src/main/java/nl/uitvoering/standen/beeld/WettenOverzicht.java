package nl.uitvoering.standen.beeld;

import java.util.List;
import nl.uitvoering.standen.analyse.EditieBeeld;

/** Response of {@code GET /edities/{jaar}/wetten}: laws ranked by the number of organisations that cite them. */
public record WettenOverzicht(int jaar, List<EditieBeeld.WetBeeld> wetten) {
}
