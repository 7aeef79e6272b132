package nl.uitvoering.standen.editie;

import java.time.Instant;

/** Body of {@code PATCH /edities/{jaar}} (JSON merge patch): only the given fields change. */
public record EditieWijziging(Instant indienenVanaf, Instant indienenTot) {
}
