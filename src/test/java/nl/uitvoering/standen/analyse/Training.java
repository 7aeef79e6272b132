package nl.uitvoering.standen.analyse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains the shipped reader on the real corpus' train and dev splits and the synthetic sample set, and writes
 * the model to {@code src/main/resources/analyse/leesmodel.json} and the sample examples to
 * {@code analyse/synthetische-voorbeelden.jsonl} (so that a retrain in the service starts from the same set). An explicit step, never part of a build or a rebuild: the
 * model is versioned data. Run: {@code ./mvnw -q test-compile exec:java@training -Dexec.args=VERSIE}.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) throws Exception {
        String versie = args.length > 0 ? args[0] : "1";
        Taxonomie taxonomie = TaxonomieLezer.standaard();
        List<Leervoorbeeld> synthetisch = Voorbeeldleerset.uitVoorbeelden();
        Files.writeString(Path.of("src/main/resources" + Leerset.SYNTHETISCH), Leerset.alsRegels(synthetisch),
                StandardCharsets.UTF_8);
        List<Leervoorbeeld> voorbeelden = new ArrayList<>();
        EchtCorpus.uit(EchtCorpus.TRAIN, EchtCorpus.DEV).forEach(u -> voorbeelden.add(u.alsLeervoorbeeld()));
        voorbeelden.addAll(synthetisch);
        Leesmodel model = new Leerder(taxonomie, Analysekern.kenmerken(taxonomie)).train(versie, voorbeelden);
        Path doel = Path.of("src/main/resources" + Leesmodel.STANDAARD);
        Files.writeString(doel, model.alsJson(), StandardCharsets.UTF_8);
        System.out.println("Leesmodel " + model.kenmerk() + " geschreven naar " + doel + " ("
                + model.trainingsdata().aantal() + " voorbeelden: " + model.trainingsdata().perHerkomst() + ")");
        model.themas().forEach(t -> System.out.printf(Locale.ROOT,
                "  %-28s drempel %.3f, C %5.2f, kruisgevalideerde F1 %.3f, %d gewichten%n", t.id(), t.drempel(),
                t.regularisatie(), t.kruisvalidatieF1(), t.gewichten().size()));
        System.out.printf(Locale.ROOT, "  kruisgevalideerde macro-F1 op echte tekst: %.3f%n",
                model.themas().stream().mapToDouble(Leesmodel.ThemaModel::kruisvalidatieF1).average().orElse(0));
    }
}
