package nl.uitvoering.standen.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Shows what the Stuurgroep's decisions add: the settled labels of half of the test organisations are fed as if
 * the Stuurgroep had placed those bottlenecks, the reader is retrained, and the other half is read before and
 * after. The halves are disjoint by organisation, so nothing of the measured half is learned.
 */
final class LerenVanBesluiten {

    private LerenVanBesluiten() {
    }

    static List<String> verslag(Taxonomie taxonomie, Leesmodel model) {
        List<EchtCorpus.Uitspraak> test = EchtCorpus.uit(EchtCorpus.TEST);
        List<String> organisaties = test.stream().map(EchtCorpus.Uitspraak::organisatie).distinct().sorted().toList();
        List<String> besloten = new ArrayList<>();
        for (int i = 0; i < organisaties.size(); i += 2) {
            besloten.add(organisaties.get(i));
        }
        List<Leervoorbeeld> besluiten = test.stream().filter(u -> besloten.contains(u.organisatie()))
                .map(u -> new Leervoorbeeld("besluit", u.organisatie(), u.alsKnelpunt(0),
                        new TreeSet<>(u.themas().stream().filter(Taxonomie::telt).toList())))
                .toList();
        List<Gelabeld> gemeten = Gelabeld.uit(test.stream().filter(u -> !besloten.contains(u.organisatie())).toList());
        List<Leervoorbeeld> voorbeelden = new ArrayList<>(Leerset.basis());
        voorbeelden.addAll(besluiten);
        Leesmodel hertraind = new Leerder(taxonomie, Analysekern.kenmerken(taxonomie))
                .train(model.versie() + "+besluiten", voorbeelden);
        Evaluatie.Meting voor = Evaluatie.Meting.meet(taxonomie, Analysekern.beeldBouwer(taxonomie, model, 2), gemeten);
        Evaluatie.Meting na = Evaluatie.Meting.meet(taxonomie, Analysekern.beeldBouwer(taxonomie, hertraind, 2),
                gemeten);
        List<String> regels = new ArrayList<>();
        regels.add(String.format(Locale.ROOT, "%d besluiten over %d testorganisaties; gemeten op de andere %d "
                + "organisaties (%d uitspraken).%n", besluiten.size(), besloten.size(),
                organisaties.size() - besloten.size(), gemeten.size()));
        regels.add("| thema | F1 voor | F1 na |");
        regels.add("| --- | --- | --- |");
        for (Thema thema : taxonomie.themas()) {
            regels.add(String.format(Locale.ROOT, "| `%s` | %.2f | %.2f |", thema.id(),
                    voor.perThema().get(thema.id()).f1(), na.perThema().get(thema.id()).f1()));
        }
        regels.add(String.format(Locale.ROOT, "| **macro-F1** | **%.3f** | **%.3f** |", voor.macroF1(), na.macroF1()));
        return regels;
    }
}
