package nl.uitvoering.standen.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** BENCHMARKS.md: the machine, the date, and per figure its median and spread over the runs, with its target. */
final class Verslag {

    private final int rondes;
    private final List<String> regels = new ArrayList<>();
    private final List<String> toelichting = new ArrayList<>();

    Verslag(int rondes) {
        this.rondes = rondes;
    }

    void kop(String titel) {
        regels.add("| **" + titel + "** | | |");
    }

    void figuur(String meting, String waarde, String doel) {
        regels.add("| " + meting + " | " + waarde + " | " + doel + " |");
        System.out.println("  " + meting + ": " + waarde + (doel.isEmpty() ? "" : "  [" + doel + "]"));
    }

    void toelichting(String alinea) {
        toelichting.add(alinea);
    }

    void profiel(String titel, Profiel profiel) {
        StringBuilder tekst = new StringBuilder("**Profiel: " + titel + "** (Java Flight Recorder, "
                + profiel.monsters() + " monsters)\n\nPer onderdeel (het eerste herkende onderdeel vanaf de top van "
                + "de stapel):\n\n");
        profiel.perOnderdeel().forEach(r -> tekst.append(String.format(Locale.ROOT, "- %4.1f%% %s%n",
                100 * r.aandeel(), r.naam())));
        tekst.append("\nMethoden met de meeste eigen tijd (bovenaan de stapel):\n\n");
        profiel.zelf(8).forEach(r -> tekst.append(String.format(Locale.ROOT, "- %4.1f%% `%s`%n",
                100 * r.aandeel(), r.naam())));
        toelichting.add(tekst.toString());
    }

    void schrijf(Path bestand) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Standen: benchmarks\n\n");
        md.append("Gemaakt met `deploy/benchmark/run.sh` op ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(" UTC. Elke waarde is de mediaan van ").append(rondes)
                .append(" rondes, met tussen haakjes de spreiding (laagste–hoogste).\n\n");
        md.append("Machine: ").append(machine()).append("\n\n");
        md.append("| meting | mediaan (spreiding) | doel |\n| --- | --- | --- |\n");
        regels.forEach(regel -> md.append(regel).append('\n'));
        toelichting.forEach(alinea -> md.append('\n').append(alinea).append('\n'));
        Files.writeString(bestand, md, StandardCharsets.UTF_8);
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(regel -> regel.startsWith("model name")).findFirst()
                .map(regel -> regel.substring(regel.indexOf(':') + 1).strip()).orElse("onbekend");
        long geheugenKb = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(regel -> regel.startsWith("MemTotal:"))
                .mapToLong(regel -> Long.parseLong(regel.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
        return String.format(Locale.ROOT, "%d cores (%s), %.0f GiB geheugen, %s, Java %s (%s)",
                Runtime.getRuntime().availableProcessors(), cpu, geheugenKb / 1048576.0,
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getVmName());
    }
}
