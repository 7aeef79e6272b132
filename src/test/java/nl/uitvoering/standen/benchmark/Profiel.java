package nl.uitvoering.standen.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A CPU profile from a Java Flight Recorder file: the share of execution samples per method, both where the
 * sample was taken (self) and anywhere on the stack (total), so that the README can name a bottleneck.
 */
final class Profiel {

    /** One line of the profile: a method and its share of all samples. */
    record Regel(String methode, double aandeel) {
    }

    private final Map<String, Integer> zelf = new HashMap<>();
    private final Map<String, Integer> totaal = new HashMap<>();
    private int monsters;

    static Profiel lees(Path jfr) throws IOException {
        Profiel profiel = new Profiel();
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                profiel.tel(event.getStackTrace().getFrames());
            }
        }
        return profiel;
    }

    private void tel(List<RecordedFrame> frames) {
        if (frames.isEmpty()) {
            return;
        }
        monsters++;
        zelf.merge(naam(frames.get(0)), 1, Integer::sum);
        Set<String> gezien = new HashSet<>();
        frames.forEach(frame -> {
            if (gezien.add(naam(frame))) {
                totaal.merge(naam(frame), 1, Integer::sum);
            }
        });
    }

    int monsters() {
        return monsters;
    }

    /** The methods with the most samples of their own. */
    List<Regel> zelf(int aantal) {
        return top(zelf, aantal, methode -> true);
    }

    /** The methods of one package prefix with the most samples anywhere on the stack. */
    List<Regel> totaal(String pakket, int aantal) {
        return top(totaal, aantal, methode -> methode.startsWith(pakket));
    }

    private List<Regel> top(Map<String, Integer> telling, int aantal, Predicate<String> filter) {
        return telling.entrySet().stream().filter(e -> filter.test(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(aantal)
                .map(e -> new Regel(e.getKey(), monsters == 0 ? 0 : (double) e.getValue() / monsters))
                .toList();
    }

    private static String naam(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
