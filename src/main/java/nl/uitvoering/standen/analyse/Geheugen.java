package nl.uitvoering.standen.analyse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers the results of a pure function for the most recently used inputs, so that rebuilding a picture after
 * one new Stand only analyses the text of that Stand. Thread-safe.
 */
final class Geheugen<K, V> {

    private final Map<K, V> waarden;

    Geheugen(int capaciteit) {
        this.waarden = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> oudste) {
                return size() > capaciteit;
            }
        };
    }

    V geef(K sleutel, Function<K, V> bereken) {
        synchronized (waarden) {
            V bekend = waarden.get(sleutel);
            if (bekend != null) {
                return bekend;
            }
        }
        V nieuw = bereken.apply(sleutel);
        synchronized (waarden) {
            waarden.put(sleutel, nieuw);
        }
        return nieuw;
    }
}
