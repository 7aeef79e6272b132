package nl.uitvoering.standen.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/** The figures of several runs of one measurement: reported as median and spread (minimum to maximum). */
record Reeks(List<Double> waarden) {

    Reeks {
        waarden = waarden.stream().sorted().toList();
    }

    static Reeks van(Collection<Double> waarden) {
        return new Reeks(new ArrayList<>(waarden));
    }

    double mediaan() {
        return percentiel(waarden, 50);
    }

    double min() {
        return waarden.get(0);
    }

    double max() {
        return waarden.get(waarden.size() - 1);
    }

    Reeks keer(double factor) {
        return map(waarde -> waarde * factor);
    }

    Reeks map(DoubleUnaryOperator functie) {
        return new Reeks(waarden.stream().map(functie::applyAsDouble).toList());
    }

    /** "median (min-max)" with the given format for each number. */
    String tekst(String formaat) {
        return String.format(Locale.ROOT, formaat + " (" + formaat + "–" + formaat + ")", mediaan(), min(), max());
    }

    /** Nearest-rank percentile of values that are already sorted. */
    static double percentiel(List<Double> gesorteerd, double procent) {
        if (gesorteerd.isEmpty()) {
            return Double.NaN;
        }
        int rang = (int) Math.ceil(procent / 100.0 * gesorteerd.size());
        return gesorteerd.get(Math.max(0, Math.min(gesorteerd.size() - 1, rang - 1)));
    }
}
