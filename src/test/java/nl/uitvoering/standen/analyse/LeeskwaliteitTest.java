package nl.uitvoering.standen.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Quality floors of the shipped reader on the real test split, a little under what the evaluation measured
 * (README, "Hoe goed leest de consolidator"): a change that reads real text worse fails the build.
 */
class LeeskwaliteitTest {

    /** Measured 0.610 with {@code ./mvnw -q test-compile exec:java@evaluatie}; the floor leaves room for rounding. */
    private static final double MACRO_F1_VLOER = 0.58;
    private static final Taxonomie TAXONOMIE = TaxonomieLezer.standaard();
    private static final Leesmodel MODEL = Leesmodel.standaard();

    @Test
    void hetMeegeleverdeLeesmodelIsGetraindOpDeHuidigeLeerset() {
        assertThat(MODEL.trainingsdata().hash()).as("retrain with ./mvnw -q test-compile exec:java@training")
                .isEqualTo(Leerder.hash(Leerset.basis()));
        assertThat(MODEL.taxonomieVersie()).isEqualTo(TAXONOMIE.versie());
    }

    @Test
    void deMeegeleverdeSynthetischeVoorbeeldenZijnDeVoorbeeldset() {
        assertThat(Leerset.synthetisch()).as("retrain with ./mvnw -q test-compile exec:java@training")
                .isEqualTo(Voorbeeldleerset.uitVoorbeelden());
    }

    @Test
    void deLezerHaaltZijnVloerOpDeEchteTestsplitsing() {
        List<Gelabeld> test = Gelabeld.uit(EchtCorpus.uit(EchtCorpus.TEST));

        Evaluatie.Meting meting = Evaluatie.Meting.meet(TAXONOMIE, Analysekern.beeldBouwer(TAXONOMIE, MODEL, 2),
                test);

        assertThat(meting.macroF1()).as(String.format(Locale.ROOT, "macro-F1 %.3f", meting.macroF1()))
                .isGreaterThanOrEqualTo(MACRO_F1_VLOER);
    }

    @Test
    void elkBeeldNoemtHetLeesmodelDatHetLas() {
        List<Gelabeld> test = Gelabeld.uit(EchtCorpus.uit(EchtCorpus.TEST)).subList(0, 5);
        List<StandTekst> standen = List.of(new StandTekst(test.get(0).organisatie(), 1,
                test.stream().map(g -> g.op(test.indexOf(g))).toList()));

        EditieBeeld beeld = Analysekern.beeldBouwer(TAXONOMIE, MODEL, 2).bouw(2024, standen);

        assertThat(beeld.leesmodel()).isEqualTo(MODEL.kenmerk()).contains(MODEL.versie()).contains("sha256:");
        assertThat(Analysekern.beeldBouwer(TAXONOMIE, MODEL, 2).bouw(2024, standen)).isEqualTo(beeld);
    }
}
