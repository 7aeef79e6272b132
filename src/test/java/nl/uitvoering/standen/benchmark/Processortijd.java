package nl.uitvoering.standen.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CPU time per part of the stack (the service, PostgreSQL, this JVM with the broker and the load), read from
 * /proc before and after a run: shows where the two cores go, which a Java profile of one process cannot.
 */
final class Processortijd {

    /** Linux counts CPU time in clock ticks of 1/100 s (USER_HZ) in /proc/[pid]/stat. */
    private static final double TICKS_PER_SECONDE = 100.0;

    private final Map<String, Supplier<List<Long>>> delen = new LinkedHashMap<>();

    Processortijd deel(String naam, Supplier<List<Long>> pids) {
        delen.put(naam, pids);
        return this;
    }

    /** The processes of PostgreSQL: the postmaster and its backends, found by their command. */
    static List<Long> postgres() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .map(ProcessHandle::pid).toList();
    }

    Map<String, Double> stand() {
        Map<String, Double> seconden = new LinkedHashMap<>();
        delen.forEach((naam, pids) -> seconden.put(naam, pids.get().stream().mapToDouble(Processortijd::seconden)
                .sum()));
        return seconden;
    }

    /** CPU seconds per part between two readings. */
    static Map<String, Double> verschil(Map<String, Double> voor, Map<String, Double> na) {
        Map<String, Double> verschil = new LinkedHashMap<>();
        na.forEach((naam, seconden) -> verschil.put(naam, seconden - voor.getOrDefault(naam, 0.0)));
        return verschil;
    }

    private static double seconden(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // The command (field 2) may contain spaces; the fields after its closing parenthesis are fixed:
            // utime and stime of the process, then cutime and cstime of its children that have ended (so
            // PostgreSQL backends and tools that exit during a run still count).
            String[] velden = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = 0;
            for (int veld = 11; veld <= 14; veld++) {
                ticks += Long.parseLong(velden[veld]);
            }
            return ticks / TICKS_PER_SECONDE;
        } catch (IOException | RuntimeException verdwenen) {
            return 0;
        }
    }
}
