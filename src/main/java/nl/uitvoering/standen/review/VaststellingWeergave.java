package nl.uitvoering.standen.review;

import java.time.Instant;

/**
 * The adopted Staat: the reviewed picture, the decisions and the Stand versions it was built from, with the
 * SHA-256 of exactly that content, who adopted it and when.
 */
public record VaststellingWeergave(int jaar, String vastgesteldDoor, Instant vastgesteldOp, String inhoudHash,
                                   VastgesteldeStaat staat) {
}
