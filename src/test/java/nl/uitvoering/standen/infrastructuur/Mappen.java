package nl.uitvoering.standen.infrastructuur;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes the data folders of the servers this project starts. */
public final class Mappen {

    private Mappen() {
    }

    public static void verwijder(Path map) throws IOException {
        if (map == null || !Files.exists(map)) {
            return;
        }
        try (Stream<Path> paden = Files.walk(map)) {
            for (Path pad : paden.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(pad);
            }
        }
    }
}
