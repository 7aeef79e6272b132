package nl.uitvoering.standen.review;

import java.time.Instant;

/**
 * The adopted Staat: the reviewed picture, the decisions and the Stand versions it was built from, with the
 * SHA-256 of exactly that content (by {@code hashMethode}: {@code sha256-rfc8785} is the SHA-256 of the RFC 8785
 * canonical form of {@code staat}, served at {@code .../vaststelling/staat}), which role adopted it and when.
 */
public record VaststellingWeergave(int jaar, String vastgesteldDoor, Instant vastgesteldOp, String inhoudHash,
                                   String hashMethode, VastgesteldeStaat staat) {
}
