package nl.uitvoering.standen.analyse;

import java.util.List;

/** A theme given to one bottleneck, with its score and the evidence that led to it. */
public record Toewijzing(String thema, double score, List<String> redenen) {

    public Toewijzing {
        redenen = List.copyOf(redenen);
    }
}
