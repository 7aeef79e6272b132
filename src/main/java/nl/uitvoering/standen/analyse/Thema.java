package nl.uitvoering.standen.analyse;

/** A known theme of the taxonomy. */
public record Thema(String id, String naam, String omschrijving) {
}
