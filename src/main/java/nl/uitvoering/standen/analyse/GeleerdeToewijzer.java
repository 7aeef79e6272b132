package nl.uitvoering.standen.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a bottleneck with the learned model: per theme a calibrated probability, and the themes whose
 * probability reaches their threshold. A bottleneck that reaches no threshold but comes close to one is
 * uncertain ({@link Taxonomie#ONZEKER}) with the theme it nearly got, for the Stuurgroep to decide. Reasons quote
 * the taxonomy's key phrases found and the words that weighed most.
 */
public final class GeleerdeToewijzer implements ThemaToewijzer {

    private static final int WOORDEN_IN_REDEN = 4;

    private final Leesmodel model;
    private final Kenmerken kenmerken;
    private final TaxonomieToewijzer taxonomie;
    private final Taxonomie themas;

    public GeleerdeToewijzer(Leesmodel model, Kenmerken kenmerken, TaxonomieToewijzer taxonomie, Taxonomie themas) {
        this.model = model;
        this.kenmerken = kenmerken;
        this.taxonomie = taxonomie;
        this.themas = themas;
    }

    @Override
    public List<Toewijzing> wijsToe(KnelpuntTekst knelpunt) {
        List<Toewijzing> bewijs = taxonomie.bewijs(knelpunt);
        Map<String, Double> vector = kenmerken.van(knelpunt, bewijs);
        List<Toewijzing> toegekend = new ArrayList<>();
        Leesmodel.ThemaModel bijna = null;
        double bijnaAandeel = 0;
        for (Leesmodel.ThemaModel thema : model.themas()) {
            double kans = thema.kans(vector);
            if (kans >= thema.drempel()) {
                toegekend.add(new Toewijzing(thema.id(), afgerond(kans),
                        redenen(thema, kans, vector, knelpunt, bewijs)));
            } else if (kans / thema.drempel() > bijnaAandeel) {
                bijna = thema;
                bijnaAandeel = kans / thema.drempel();
            }
        }
        if (toegekend.isEmpty() && bijna != null && bijnaAandeel >= model.onzekerAandeel()) {
            double kans = bijna.kans(vector);
            List<String> redenen = new ArrayList<>();
            redenen.add(String.format(Locale.ROOT, "mogelijk '%s' (%s): kans %.2f, onder de drempel %.2f",
                    themas.naamVan(bijna.id()), bijna.id(), kans, bijna.drempel()));
            List<String> waarom = redenen(bijna, kans, vector, knelpunt, bewijs);
            redenen.addAll(waarom.subList(1, waarom.size()));
            return List.of(new Toewijzing(Taxonomie.ONZEKER, afgerond(kans), redenen));
        }
        toegekend.sort(Comparator.comparingDouble(Toewijzing::score).reversed().thenComparing(Toewijzing::thema));
        return toegekend;
    }

    private List<String> redenen(Leesmodel.ThemaModel thema, double kans, Map<String, Double> vector,
                                 KnelpuntTekst knelpunt, List<Toewijzing> bewijs) {
        List<String> redenen = new ArrayList<>();
        redenen.add(String.format(Locale.ROOT, "kans %.2f (drempel %.2f, leesmodel %s)", kans, thema.drempel(),
                model.versie()));
        bewijs.stream().filter(b -> b.thema().equals(thema.id()))
                .forEach(b -> redenen.addAll(b.redenen()));
        if (knelpunt.opgegevenThemas().contains(thema.id())) {
            redenen.add("door de organisatie zelf opgegeven");
        }
        List<String> woorden = sterksteWoorden(thema, vector, knelpunt);
        if (!woorden.isEmpty()) {
            redenen.add("woorden die het zwaarst wegen: " + String.join(", ", woorden));
        }
        return redenen;
    }

    /** The words of the text that added most to the theme's score, as they stand in the text. */
    private static List<String> sterksteWoorden(Leesmodel.ThemaModel thema, Map<String, Double> vector,
                                                KnelpuntTekst knelpunt) {
        List<Map.Entry<String, Double>> bijdragen = new ArrayList<>();
        thema.gewichten().forEach((naam, gewicht) -> {
            Double waarde = vector.get(naam);
            if (gewicht > 0 && waarde != null
                    && (naam.startsWith(Kenmerken.WOORD) || naam.startsWith(Kenmerken.DEEL))) {
                bijdragen.add(Map.entry(naam, gewicht * waarde));
            }
        });
        if (bijdragen.isEmpty()) {
            return List.of();
        }
        String tekst = NederlandseAnalyse.vouw(knelpunt.titel() + " " + knelpunt.omschrijving());
        return bijdragen.stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> woordMet(tekst, e.getKey().substring(2)))
                .distinct()
                .limit(WOORDEN_IN_REDEN)
                .map(woord -> "'" + woord + "'")
                .toList();
    }

    /** The first word of the (folded) text that contains the stem; the stem itself if none does. */
    static String woordMet(String gevouwenTekst, String stam) {
        int plaats = gevouwenTekst.indexOf(stam);
        if (plaats < 0) {
            return stam;
        }
        int begin = plaats;
        while (begin > 0 && Character.isLetter(gevouwenTekst.charAt(begin - 1))) {
            begin--;
        }
        int einde = plaats + stam.length();
        while (einde < gevouwenTekst.length() && Character.isLetter(gevouwenTekst.charAt(einde))) {
            einde++;
        }
        return gevouwenTekst.substring(begin, einde);
    }

    private static double afgerond(double kans) {
        return Math.round(kans * 1000) / 1000.0;
    }
}
