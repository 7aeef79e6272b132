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
    private static final String ALGEMENE_WOORDEN = "/analyse/algemene-woorden.txt";
    private static final String NIET_NAAMGEVEND = "/analyse/niet-naamgevend.txt";

    private Analysekern() {
    }

    /** The picture builder with the shipped taxonomy and learned reader. */
    public static BeeldBouwer beeldBouwer(int minimumOrganisaties) {
        return beeldBouwer(TaxonomieLezer.standaard(), Leesmodel.standaard(), minimumOrganisaties);
    }

    /** The picture builder that reads with a learned model: a bottleneck without a known theme may be emergent. */
    public static BeeldBouwer beeldBouwer(Taxonomie taxonomie, Leesmodel model, int minimumOrganisaties) {
        NederlandseAnalyse analyse = nederlandseAnalyse(taxonomie);
        TaxonomieToewijzer sleutelwoorden = new TaxonomieToewijzer(taxonomie, analyse, Weging.STANDAARD);
        GeleerdeToewijzer lezer = new GeleerdeToewijzer(model, new Kenmerken(analyse, sleutelwoorden),
                sleutelwoorden, taxonomie);
        return new BeeldBouwer(taxonomie, lezer,
                opkomendeThemaZoeker(taxonomie, analyse, Weging.STANDAARD, minimumOrganisaties), minimumOrganisaties,
                0.0, model.kenmerk());
    }

    /** The picture builder that reads with the taxonomy's key phrases alone (the reader before the learned one). */
    public static BeeldBouwer beeldBouwer(Taxonomie taxonomie, Weging weging, int minimumOrganisaties) {
        NederlandseAnalyse analyse = nederlandseAnalyse(taxonomie);
        return new BeeldBouwer(taxonomie, new TaxonomieToewijzer(taxonomie, analyse, weging),
                opkomendeThemaZoeker(taxonomie, analyse, weging, minimumOrganisaties), minimumOrganisaties,
                weging.zekereScore(), null);
    }

    /** The features of the learned reader, for training it. */
    public static Kenmerken kenmerken(Taxonomie taxonomie) {
        NederlandseAnalyse analyse = nederlandseAnalyse(taxonomie);
        return new Kenmerken(analyse, new TaxonomieToewijzer(taxonomie, analyse, Weging.STANDAARD));
    }

    public static OpkomendeThemaZoeker opkomendeThemaZoeker(Taxonomie taxonomie, NederlandseAnalyse analyse,
                                                            Weging weging, int minimumOrganisaties) {
        Set<String> genegeerd = new TreeSet<>();
        for (Thema thema : taxonomie.themas()) {
            thema.kernbegrippen().keySet().forEach(begrip -> genegeerd.addAll(analyse.stammen(begrip)));
        }
        woordenlijst(ALGEMENE_WOORDEN).forEach(woord -> genegeerd.addAll(analyse.stammen(woord)));
        return new OpkomendeThemaZoeker(analyse, genegeerd, nietNaamgevendeStammen(analyse), minimumOrganisaties,
                weging.opkomendeGelijkenis());
    }

    /**
     * The stems of words that never name a theme. Each word is analysed without the stop filter's help, so that
     * stop words themselves (which the analysis drops) are listed by their plain lower-case form too.
     */
    public static Set<String> nietNaamgevendeStammen(NederlandseAnalyse analyse) {
        Set<String> stammen = new TreeSet<>();
        woordenlijst(NIET_NAAMGEVEND).forEach(woord -> {
            stammen.addAll(analyse.stammen(woord));
            stammen.add(NederlandseAnalyse.vouw(woord));
        });
        return stammen;
    }

    /** Dutch analysis that splits compounds into the words of the taxonomy and the general word list. */
    public static NederlandseAnalyse nederlandseAnalyse(Taxonomie taxonomie) {
        Set<String> delen = new TreeSet<>(woordenlijst(SAMENSTELLINGSDELEN));
        for (Thema thema : taxonomie.themas()) {
            for (String begrip : thema.kernbegrippen().keySet()) {
                Arrays.stream(begrip.split("[^\\p{L}]+")).filter(woord -> woord.length() >= 3).forEach(delen::add);
            }
        }
        return new NederlandseAnalyse(delen);
    }

    private static List<String> woordenlijst(String resource) {
        try (InputStream bron = Analysekern.class.getResourceAsStream(resource)) {
            if (bron == null) {
                throw new IllegalStateException("Missing resource " + resource);
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
