package nl.uitvoering.standen.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the latest Standen of an edition into its picture. Deterministic: the same Standen, in any order, give
 * an identical picture, because every collection is sorted on stable keys before it is emitted.
 */
public final class BeeldBouwer {

    private final Taxonomie taxonomie;
    private final ThemaToewijzer toewijzer;
    private final OpkomendeThemaZoeker opkomend;
    private final int minimumOrganisaties;
    private final double zekereScore;
    private final String leesmodel;
    private final Geheugen<KnelpuntTekst, List<Toewijzing>> lezingenGeheugen = new Geheugen<>(250_000);

    /**
     * @param zekereScore a known theme with at least this score is certain; a bottleneck whose known themes all
     *                    score lower may instead belong to an emergent theme
     * @param leesmodel   the version and training data of the reader, as each picture names it (null: none)
     */
    public BeeldBouwer(Taxonomie taxonomie, ThemaToewijzer toewijzer, OpkomendeThemaZoeker opkomend,
                       int minimumOrganisaties, double zekereScore, String leesmodel) {
        this.taxonomie = taxonomie;
        this.toewijzer = toewijzer;
        this.opkomend = opkomend;
        this.minimumOrganisaties = minimumOrganisaties;
        this.zekereScore = zekereScore;
        this.leesmodel = leesmodel;
    }

    public EditieBeeld bouw(int jaar, List<StandTekst> standen) {
        return bouw(jaar, standen, List.of());
    }

    /**
     * @param eerdereOpkomende the emergent themes of earlier editions: a theme that returns keeps its id
     */
    public EditieBeeld bouw(int jaar, List<StandTekst> standen, List<OpkomendeThemaZoeker.EerderThema> eerdereOpkomende) {
        List<StandTekst> opVolgorde = standen.stream().sorted(Comparator.comparing(StandTekst::organisatie)).toList();
        Map<OpkomendeThemaZoeker.Kandidaat, List<Toewijzing>> lezingen = new LinkedHashMap<>();
        Map<OpkomendeThemaZoeker.Kandidaat, StandTekst> standVan = new HashMap<>();
        // Reading the texts is the expensive part: in parallel, and remembered for unchanged bottlenecks.
        Map<KnelpuntTekst, List<Toewijzing>> gelezen = new ConcurrentHashMap<>();
        opVolgorde.parallelStream().flatMap(stand -> stand.knelpunten().stream())
                .forEach(k -> {
                    gelezen.put(k, lezingenGeheugen.geef(k, toewijzer::wijsToe));
                    opkomend.leesVooraf(k);
                });
        for (StandTekst stand : opVolgorde) {
            for (KnelpuntTekst knelpunt : stand.knelpunten()) {
                List<Toewijzing> toewijzingen = gelezen.get(knelpunt);
                var kandidaat = new OpkomendeThemaZoeker.Kandidaat(stand.organisatie(), knelpunt,
                        toewijzingen.stream().noneMatch(t -> taxonomie.kent(t.thema())));
                lezingen.put(kandidaat, toewijzingen);
                standVan.put(kandidaat, stand);
            }
        }
        Map<String, OpkomendeThemaZoeker.Groep> groepen = new TreeMap<>();
        List<OpkomendeThemaZoeker.Kandidaat> onzeker = lezingen.entrySet().stream()
                .filter(e -> e.getValue().stream()
                        .noneMatch(t -> taxonomie.kent(t.thema()) && t.score() >= zekereScore))
                .map(Map.Entry::getKey).toList();
        List<KnelpuntTekst> alleKnelpunten = lezingen.keySet().stream()
                .map(OpkomendeThemaZoeker.Kandidaat::knelpunt).toList();
        for (OpkomendeThemaZoeker.Groep groep : opkomend.zoek(onzeker, alleKnelpunten, eerdereOpkomende)) {
            groepen.put(groep.id(), groep);
            groep.leden().forEach((kandidaat, lid) -> lezingen.put(kandidaat, List.of(new Toewijzing(groep.id(),
                    lid.gelijkenis(), List.of("deelt " + String.join(", ", lid.gedeeldeWoorden().stream()
                            .map(woord -> "'" + woord + "'").toList())
                            + " met knelpunten van andere organisaties buiten de bekende thema's")))));
        }

        Map<String, List<EditieBeeld.KnelpuntInThema>> perThema = new TreeMap<>();
        Map<String, Set<String>> perWet = new TreeMap<>();
        lezingen.forEach((kandidaat, toewijzingen) -> {
            StandTekst stand = standVan.get(kandidaat);
            List<Toewijzing> uitkomst = toewijzingen.isEmpty()
                    ? List.of(new Toewijzing(Taxonomie.OVERIG, 0.0,
                            List.of("past bij geen bekend of terugkerend thema")))
                    : toewijzingen;
            for (Toewijzing toewijzing : uitkomst) {
                perThema.computeIfAbsent(toewijzing.thema(), t -> new ArrayList<>())
                        .add(inThema(stand, kandidaat.knelpunt(), toewijzing));
            }
            kandidaat.knelpunt().wetten().forEach(wet ->
                    perWet.computeIfAbsent(wet, w -> new TreeSet<>()).add(stand.organisatie()));
        });
        int aantalOrganisaties = (int) opVolgorde.stream().map(StandTekst::organisatie).distinct().count();
        List<EditieBeeld.ThemaBeeld> themas = perThema.entrySet().stream()
                .map(e -> themaBeeld(e.getKey(), groepen.get(e.getKey()), e.getValue(), aantalOrganisaties))
                .sorted(RANGORDE)
                .toList();
        List<EditieBeeld.WetBeeld> wetten = perWet.entrySet().stream()
                .map(e -> new EditieBeeld.WetBeeld(e.getKey(), e.getValue().size(), List.copyOf(e.getValue())))
                .sorted(Comparator.comparingInt(EditieBeeld.WetBeeld::aantalOrganisaties).reversed()
                        .thenComparing(EditieBeeld.WetBeeld::bwbId))
                .toList();
        return new EditieBeeld(jaar, aantalOrganisaties, taxonomie.versie(), leesmodel, themas, wetten);
    }

    /** Most organisations first, then heaviest; "onzeker" and "overig" always last; the id breaks ties. */
    static final Comparator<EditieBeeld.ThemaBeeld> RANGORDE =
            Comparator.comparing((EditieBeeld.ThemaBeeld t) -> Taxonomie.OVERIG.equals(t.id()))
                    .thenComparing(t -> Taxonomie.ONZEKER.equals(t.id()))
                    .thenComparing(EditieBeeld.ThemaBeeld::aantalOrganisaties, Comparator.reverseOrder())
                    .thenComparing(EditieBeeld.ThemaBeeld::ernstGewicht, Comparator.reverseOrder())
                    .thenComparing(EditieBeeld.ThemaBeeld::id);

    private EditieBeeld.ThemaBeeld themaBeeld(String id, OpkomendeThemaZoeker.Groep opkomendeGroep,
                                              List<EditieBeeld.KnelpuntInThema> knelpunten,
                                              int aantalOrganisatiesInEditie) {
        String soort = Taxonomie.OVERIG.equals(id) ? "overig" : Taxonomie.ONZEKER.equals(id) ? "onzeker"
                : taxonomie.kent(id) ? "taxonomie" : "opkomend";
        String naam = opkomendeGroep != null ? opkomendeGroep.naam() : taxonomie.naamVan(id);
        List<String> kenmerken = opkomendeGroep != null ? opkomendeGroep.kenmerkStammen() : List.of();
        return samengesteld(id, naam, soort, knelpunten, aantalOrganisatiesInEditie, minimumOrganisaties, kenmerken,
                List.of(), null, taxonomie.omschrijvingVan(id));
    }

    /** A theme with its counts derived from its knelpunten, which are put in a stable order. */
    static EditieBeeld.ThemaBeeld samengesteld(String id, String naam, String soort,
                                               List<EditieBeeld.KnelpuntInThema> knelpunten,
                                               int aantalOrganisatiesInEditie, int minimumOrganisaties,
                                               List<String> kenmerken, List<String> besluiten, String notitie,
                                               String omschrijving) {
        List<EditieBeeld.KnelpuntInThema> gesorteerd = knelpunten.stream()
                .sorted(Comparator.comparing(EditieBeeld.KnelpuntInThema::organisatie)
                        .thenComparingInt(EditieBeeld.KnelpuntInThema::positie))
                .toList();
        List<String> organisaties = gesorteerd.stream().map(EditieBeeld.KnelpuntInThema::organisatie)
                .distinct().toList();
        int ernstGewicht = gesorteerd.stream().mapToInt(k -> Ernst.vanCode(k.ernst()).gewicht()).sum();
        boolean overig = !Taxonomie.telt(id);
        double aandeel = aantalOrganisatiesInEditie == 0 ? 0.0
                : Math.round(1000.0 * organisaties.size() / aantalOrganisatiesInEditie) / 1000.0;
        return new EditieBeeld.ThemaBeeld(id, naam, soort, !overig && organisaties.size() >= minimumOrganisaties,
                organisaties.size(), aandeel, ernstGewicht, organisaties, gesorteerd, kenmerken, besluiten, notitie,
                omschrijving);
    }

    private static EditieBeeld.KnelpuntInThema inThema(StandTekst stand, KnelpuntTekst knelpunt,
                                                       Toewijzing toewijzing) {
        return new EditieBeeld.KnelpuntInThema(stand.organisatie(), stand.versie(), knelpunt.positie(),
                knelpunt.titel(), Citaat.uit(knelpunt.omschrijving()), knelpunt.ernst().code(),
                toewijzing.score(), toewijzing.redenen());
    }
}
