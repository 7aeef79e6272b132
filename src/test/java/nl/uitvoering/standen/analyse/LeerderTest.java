package nl.uitvoering.standen.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeerderTest {

    private static final Taxonomie TAXONOMIE = TaxonomieLezer.standaard();
    private final Leerder leerder = new Leerder(TAXONOMIE, Analysekern.kenmerken(TAXONOMIE));

    @Test
    void dezelfdeVoorbeeldenInElkeVolgordeGevenHetzelfdeModel() {
        List<Leervoorbeeld> voorbeelden = new ArrayList<>(Leerset.synthetisch());
        String verwacht = leerder.train("1", voorbeelden).alsJson();

        Collections.shuffle(voorbeelden, new Random(7));

        assertThat(leerder.train("1", voorbeelden).alsJson()).isEqualTo(verwacht);
    }

    @Test
    void deHashVanDeTrainingsdataVerandertMetEenLabelNietMetDeVolgorde() {
        List<Leervoorbeeld> voorbeelden = new ArrayList<>(Leerset.synthetisch());
        String hash = Leerder.hash(voorbeelden);
        Collections.reverse(voorbeelden);
        assertThat(Leerder.hash(voorbeelden)).isEqualTo(hash);

        Leervoorbeeld eerste = voorbeelden.get(0);
        voorbeelden.set(0, new Leervoorbeeld(eerste.herkomst(), eerste.organisatie(), eerste.knelpunt(),
                Set.of("beleidsreflex", "menselijke-maat", "financiering-sturing")));
        assertThat(Leerder.hash(voorbeelden)).isNotEqualTo(hash);
    }

    @Test
    void kalibratieMaaktVanHogereScoresHogereKansen() {
        double[] scores = {-3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 2, 3};
        double[] juist = {-1, -1, -1, 1, -1, -1, 1, 1, 1, 1};

        Leesmodel.Kalibratie kalibratie = Leerder.platt(scores, juist);

        assertThat(kalibratie.a()).isPositive();
        assertThat(kalibratie.kans(-3)).isLessThan(kalibratie.kans(0)).isLessThan(kalibratie.kans(3));
        assertThat(kalibratie.kans(3)).isGreaterThan(0.8);
        assertThat(kalibratie.kans(-3)).isLessThan(0.2);
    }

    @Test
    void kalibratieBlijftEindigOokAlsDeScoresDeKlassenVolledigScheiden() {
        double[] scores = {-9, -8, -7, 7, 8, 9};
        double[] juist = {-1, -1, -1, 1, 1, 1};

        Leesmodel.Kalibratie kalibratie = Leerder.platt(scores, juist);

        assertThat(Double.isFinite(kalibratie.a()) && Double.isFinite(kalibratie.b())).isTrue();
        assertThat(kalibratie.kans(8)).isGreaterThan(0.5);
    }

    @Test
    void deDrempelIsDieMetDeBesteF1() {
        double[] kansen = {0.1, 0.2, 0.3, 0.6, 0.7, 0.9};
        double[] juist = {-1, -1, 1, 1, 1, 1};

        Leerder.Drempel drempel = Leerder.besteDrempel(kansen, juist);

        assertThat(drempel.drempel()).isEqualTo(0.3);
        assertThat(drempel.f1()).isEqualTo(1.0);
    }
}
