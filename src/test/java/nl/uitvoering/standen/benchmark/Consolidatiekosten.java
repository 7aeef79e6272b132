package nl.uitvoering.standen.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.uitvoering.standen.analyse.Analysekern;
import nl.uitvoering.standen.analyse.Kostenmeting;
import nl.uitvoering.standen.analyse.StandTekst;

/**
 * The cost of rebuilding one edition's picture from scratch, in a JVM of its own so that its peak memory is the
 * rebuild's alone: prints the seconds of the first rebuild (a cold JVM), of each further rebuild (a warm JVM, as in
 * a consolidator that has been running), the peak heap in use and the peak resident memory. Each rebuild uses a
 * new analysis core, so no reading is remembered from the one before.
 */
public final class Consolidatiekosten {

    /** What a run printed: seconds of the cold and the warm rebuilds, peak heap and peak resident set, in MB. */
    record Uitkomst(double koud, List<Double> warm, double piekHeapMb, double piekRssMb) {

        static Uitkomst uit(String uitvoer) {
            String regel = uitvoer.lines().filter(r -> r.startsWith("UITKOMST ")).reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("No outcome in:\n" + uitvoer));
            String[] delen = regel.split(" ");
            List<Double> seconden = new ArrayList<>();
            for (String waarde : delen[1].split(",")) {
                seconden.add(Double.parseDouble(waarde));
            }
            return new Uitkomst(seconden.get(0), seconden.subList(1, seconden.size()), Double.parseDouble(delen[2]),
                    Double.parseDouble(delen[3]));
        }
    }

    private Consolidatiekosten() {
    }

    public static void main(String[] args) throws Exception {
        int knelpunten = Integer.parseInt(args[0]);
        int rondes = 1 + Integer.parseInt(args[1]);
        List<StandTekst> editie = Kostenmeting.maakEditie(knelpunten / BenchStanden.KNELPUNTEN_PER_STAND,
                BenchStanden.KNELPUNTEN_PER_STAND, new Random(7));
        List<String> seconden = new ArrayList<>();
        for (int ronde = 0; ronde < rondes; ronde++) {
            long start = System.nanoTime();
            Analysekern.beeldBouwer(2).bouw(2030, editie);
            seconden.add(String.format(Locale.ROOT, "%.3f", (System.nanoTime() - start) / 1e9));
        }
        long piekHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "UITKOMST %s %.0f %.0f%n", String.join(",", seconden),
                piekHeap / 1048576.0, piekRss() / 1024.0);
    }

    /** VmHWM: the most resident memory this process has had, in kB. */
    private static long piekRss() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(regel -> regel.startsWith("VmHWM:"))
                .mapToLong(regel -> Long.parseLong(regel.replaceAll("[^0-9]", "")))
                .findFirst().orElse(0);
    }
}
