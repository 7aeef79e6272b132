package nl.uitvoering.standen.api;

/** Marks a bean of query parameters, so that its violations are reported by parameter name, not JSON path. */
public interface QueryParameters {
}
