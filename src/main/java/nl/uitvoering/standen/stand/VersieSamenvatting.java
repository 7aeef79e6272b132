package nl.uitvoering.standen.stand;

import java.time.Instant;

/** One line in the version history of a Stand. */
public record VersieSamenvatting(int versie, boolean ingetrokken, Instant ingediendOp, int aantalKnelpunten) {
}
