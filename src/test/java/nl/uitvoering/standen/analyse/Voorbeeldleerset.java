package nl.uitvoering.standen.analyse;

import java.util.List;
import java.util.TreeSet;

/** The synthetic sample set as training examples, from which {@code synthetische-voorbeelden.jsonl} is made. */
final class Voorbeeldleerset {

    private Voorbeeldleerset() {
    }

    static List<Leervoorbeeld> uitVoorbeelden() {
        return Gelabeld.voorbeelden().stream().map(g -> new Leervoorbeeld("voorbeelden", "voorbeeld-" + g.organisatie(),
                g.knelpunt(), new TreeSet<>(g.themas()))).toList();
    }
}
