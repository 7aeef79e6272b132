package nl.uitvoering.standen.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A CPU profile from a Java Flight Recorder file: the share of execution samples per method where the sample was
 * taken (self), and per part of the stack (a library or our own code), so that the README can name a bottleneck.
 */
final class Profiel {

    /** One line of the profile: a method or a part of the stack, and its share of all samples. */
    record Regel(String naam, double aandeel) {
    }

    /** Parts of the stack by package, most specific first; a sample counts for the first part on its stack. */
    private static final Map<String, List<String>> ONDERDELEN = onderdelen();

    private final Map<String, Integer> zelf = new HashMap<>();
    private final Map<String, Integer> perOnderdeel = new HashMap<>();
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
        perOnderdeel.merge(onderdeel(frames), 1, Integer::sum);
    }

    private static String onderdeel(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, List<String>> onderdeel : ONDERDELEN.entrySet()) {
                if (onderdeel.getValue().stream().anyMatch(type::startsWith)) {
                    return onderdeel.getKey();
                }
            }
        }
        return "JDK en overig";
    }

    private static Map<String, List<String>> onderdelen() {
        Map<String, List<String>> onderdelen = new LinkedHashMap<>();
        onderdelen.put("PostgreSQL JDBC-driver", List.of("org.postgresql."));
        onderdelen.put("Kafka-client", List.of("org.apache.kafka."));
        onderdelen.put("JWT (tokens controleren)", List.of("org.jose4j.", "io.smallrye.jwt."));
        onderdelen.put("Jackson (JSON)", List.of("com.fasterxml.jackson."));
        onderdelen.put("Hibernate Validator", List.of("org.hibernate.validator."));
        onderdelen.put("Hibernate ORM", List.of("org.hibernate."));
        onderdelen.put("transacties (Narayana)", List.of("com.arjuna.", "io.quarkus.narayana."));
        onderdelen.put("connectiepool (Agroal)", List.of("io.agroal."));
        onderdelen.put("Lucene (Nederlandse analyse)", List.of("org.apache.lucene.", "org.tartarus."));
        onderdelen.put("reguliere expressies", List.of("java.util.regex."));
        onderdelen.put("Vert.x en Netty (HTTP)", List.of("io.vertx.", "io.netty."));
        onderdelen.put("RESTEasy Reactive", List.of("org.jboss.resteasy.", "io.quarkus.resteasy."));
        onderdelen.put("eigen code (nl.uitvoering.standen)", List.of("nl.uitvoering.standen."));
        return onderdelen;
    }

    int monsters() {
        return monsters;
    }

    /** The methods with the most samples of their own. */
    List<Regel> zelf(int aantal) {
        return top(zelf, aantal);
    }

    /** The share of samples per part of the stack (libraries, own code), largest first. */
    List<Regel> perOnderdeel() {
        return top(perOnderdeel, perOnderdeel.size());
    }

    private List<Regel> top(Map<String, Integer> telling, int aantal) {
        return telling.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(aantal)
                .map(e -> new Regel(e.getKey(), monsters == 0 ? 0 : (double) e.getValue() / monsters))
                .toList();
    }

    private static String naam(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
