package nl.uitvoering.standen.api;

import jakarta.ws.rs.core.Response;

/** A failure the client can act on; becomes a problem+json response with this status and Dutch detail. */
public class ProbleemException extends RuntimeException {

    private final int status;

    public ProbleemException(Response.Status status, String detail) {
        super(detail);
        this.status = status.getStatusCode();
    }

    public int status() {
        return status;
    }

    public static ProbleemException nietGevonden(String detail) {
        return new ProbleemException(Response.Status.NOT_FOUND, detail);
    }

    public static ProbleemException conflict(String detail) {
        return new ProbleemException(Response.Status.CONFLICT, detail);
    }

    public static ProbleemException voorwaardeNietVervuld(String detail) {
        return new ProbleemException(Response.Status.PRECONDITION_FAILED, detail);
    }

    public static ProbleemException ongeldig(String detail) {
        return new ProbleemException(Response.Status.BAD_REQUEST, detail);
    }
}
