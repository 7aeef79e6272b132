package nl.uitvoering.standen.beeld;

import java.time.Instant;

/** The stored picture of one edition as JSON, with the ETag clients use to poll it cheaply. */
public record OpgeslagenBeeld(int jaar, String json, String etag, Instant bijgewerktOp) {
}
