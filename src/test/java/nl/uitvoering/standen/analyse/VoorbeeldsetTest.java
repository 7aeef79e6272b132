package nl.uitvoering.standen.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The whole analysis core on the sample Standen. */
class VoorbeeldsetTest {

    private final BeeldBouwer bouwer = Analysekern.beeldBouwer(2);

    @Test
    void geschuddeInvoerGeeftHetzelfdeBeeld() throws Exception {
        Map<Integer, List<StandTekst>> standen = Voorbeeldset.standen();
        Random random = new Random(2024);
        for (Map.Entry<Integer, List<StandTekst>> editie : standen.entrySet()) {
            EditieBeeld verwacht = bouwer.bouw(editie.getKey(), editie.getValue());
            for (int poging = 0; poging < 5; poging++) {
                List<StandTekst> geschud = new ArrayList<>(editie.getValue());
                Collections.shuffle(geschud, random);
                assertThat(bouwer.bouw(editie.getKey(), geschud)).isEqualTo(verwacht);
            }
        }
    }

    @Test
    void complexiteitVanRegelgevingIsInElkeEditieHetMeestGenoemdeThema() throws Exception {
        for (Map.Entry<Integer, List<StandTekst>> editie : Voorbeeldset.standen().entrySet()) {
            EditieBeeld beeld = bouwer.bouw(editie.getKey(), editie.getValue());
            EditieBeeld.ThemaBeeld bovenaan = beeld.themas().get(0);
            assertThat(bovenaan.id()).as("top theme of %d", editie.getKey())
                    .isIn("complexiteit-regelgeving", "ict-gegevensuitwisseling");
            assertThat(bovenaan.terugkerend()).isTrue();
        }
    }
}
