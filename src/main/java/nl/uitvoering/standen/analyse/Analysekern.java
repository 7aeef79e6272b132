package nl.uitvoering.standen.analyse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Assembles the analysis core from its data resources: the taxonomy and the known compound parts. */
public final class Analysekern {

    private static final String SAMENSTELLINGSDELEN = "/analyse/samenstellingsdelen.txt";

    private Analysekern() {
    }

    public static BeeldBouwer beeldBouwer(int minimumOrganisaties) {
        Taxonomie taxonomie = TaxonomieLezer.standaard();
        NederlandseAnalyse analyse = nederlandseAnalyse(taxonomie);
        return new BeeldBouwer(taxonomie, new TaxonomieToewijzer(taxonomie, analyse, Weging.STANDAARD),
                new OpkomendeThemaZoeker(analyse, minimumOrganisaties), minimumOrganisaties);
    }

    /** Dutch analysis that splits compounds into the words of the taxonomy and the general word list. */
    public static NederlandseAnalyse nederlandseAnalyse(Taxonomie taxonomie) {
        Set<String> delen = new TreeSet<>(algemeneDelen());
        for (Thema thema : taxonomie.themas()) {
            for (String begrip : thema.kernbegrippen().keySet()) {
                Arrays.stream(begrip.split("[^\\p{L}]+")).filter(woord -> woord.length() >= 3).forEach(delen::add);
            }
        }
        return new NederlandseAnalyse(delen);
    }

    private static List<String> algemeneDelen() {
        try (InputStream bron = Analysekern.class.getResourceAsStream(SAMENSTELLINGSDELEN)) {
            if (bron == null) {
                throw new IllegalStateException("Missing resource " + SAMENSTELLINGSDELEN);
            }
            return new BufferedReader(new InputStreamReader(bron, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(regel -> !regel.isEmpty() && !regel.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
