package nl.uitvoering.standen.stand;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One immutable version of a Stand, as the API shows it (the event has a type of its own:
 * {@link StandGebeurtenisData}). A withdrawal is a version too: {@code ingetrokken} is true and {@code inhoud} is
 * absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StandVersieWeergave(String organisatie, int jaar, int versie, boolean ingetrokken,
                                  Instant ingediendOp, StandInhoud inhoud) {
}
