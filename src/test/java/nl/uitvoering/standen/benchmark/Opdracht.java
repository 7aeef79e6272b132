package nl.uitvoering.standen.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An external command of a benchmark (pgbench, wrk, a JVM of its own): run to the end, its output kept. */
final class Opdracht {

    private Opdracht() {
    }

    static String voerUit(List<String> opdracht, Map<String, String> omgeving) throws IOException,
            InterruptedException {
        ProcessBuilder bouwer = new ProcessBuilder(opdracht).redirectErrorStream(true);
        bouwer.environment().putAll(omgeving);
        Process proces = bouwer.start();
        String uitvoer = new String(proces.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (proces.waitFor() != 0) {
            throw new IllegalStateException(opdracht.get(0) + " failed (exit " + proces.exitValue() + "):\n"
                    + uitvoer);
        }
        return uitvoer;
    }

    static String voerUit(List<String> opdracht) throws IOException, InterruptedException {
        return voerUit(opdracht, Map.of());
    }

    /** The first group of the last match of a pattern in a command's output (its summary); fails if none. */
    static double getal(String uitvoer, String patroon) {
        Matcher match = Pattern.compile(patroon).matcher(uitvoer);
        String laatste = null;
        while (match.find()) {
            laatste = match.group(1);
        }
        if (laatste == null) {
            throw new IllegalStateException("No match for '" + patroon + "' in:\n" + uitvoer);
        }
        return Double.parseDouble(laatste);
    }

    /** The java of this JVM with its class path: for tools that must run in a process of their own. */
    static List<String> java(String... argumenten) {
        List<String> opdracht = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        opdracht.addAll(List.of(argumenten));
        return opdracht;
    }
}
