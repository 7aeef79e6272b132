package nl.uitvoering.standen.analyse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds bottlenecks outside the taxonomy that several organisations raise in their own words. Each bottleneck
 * becomes a vector of its stems and compound parts, weighted by how rare they are in the edition (tf-idf), so
 * that shared specific words (phishing, woningtekort) count and everyday words do not. Bottlenecks that are
 * similar enough are linked; a linked group that spans enough organisations is an emergent theme, named after
 * its most characteristic words.
 */
public final class OpkomendeThemaZoeker {

    private static final int KORTSTE_STAM = 4;
    private static final int AANTAL_KENMERKEN = 3;
    private static final Pattern WOORD = Pattern.compile("\\p{L}+");

    private final NederlandseAnalyse analyse;
    private final Set<String> bekendeStammen;
    private final int minimumOrganisaties;
    private final double minimumGelijkenis;

    /**
     * @param bekendeStammen stems of the taxonomy's key phrases: they already explain known themes, so they do
     *                       not count as shared content between bottlenecks
     */
    public OpkomendeThemaZoeker(NederlandseAnalyse analyse, Set<String> bekendeStammen, int minimumOrganisaties,
                                double minimumGelijkenis) {
        this.analyse = analyse;
        this.bekendeStammen = Set.copyOf(bekendeStammen);
        this.minimumOrganisaties = minimumOrganisaties;
        this.minimumGelijkenis = minimumGelijkenis;
    }

    /**
     * A bottleneck of one organisation; {@code zonderThema} when no known theme fits it. Bottlenecks with only a
     * weak known theme are candidates too, because an emergent subject often brushes a known theme in passing.
     */
    public record Kandidaat(String organisatie, KnelpuntTekst knelpunt, boolean zonderThema) {
    }

    /**
     * An emergent theme: its members, per member the characteristic words it shares with the others, and its
     * similarity to the closest other member.
     */
    public record Groep(String id, String naam, List<String> kenmerken, Map<Kandidaat, Lid> leden) {
    }

    public record Lid(List<String> gedeeldeWoorden, double gelijkenis) {
    }

    /**
     * @param kandidaten bottlenecks that fit no known theme, in a stable order
     * @param editie     every bottleneck of the edition, to tell rare words from common ones
     */
    public List<Groep> zoek(List<Kandidaat> kandidaten, List<KnelpuntTekst> editie) {
        Map<String, Double> zeldzaamheid = zeldzaamheid(editie);
        List<Map<String, Double>> vectoren = kandidaten.stream()
                .map(k -> vector(termen(k.knelpunt()), zeldzaamheid)).toList();
        int[] groepVan = verbind(vectoren);
        Map<Integer, List<Integer>> groepen = new TreeMap<>();
        for (int i = 0; i < kandidaten.size(); i++) {
            groepen.computeIfAbsent(groepVan[i], g -> new ArrayList<>()).add(i);
        }
        List<Groep> resultaat = new ArrayList<>();
        Set<String> gebruikteIds = new TreeSet<>();
        for (List<Integer> leden : groepen.values()) {
            long organisaties = leden.stream().map(i -> kandidaten.get(i).organisatie()).distinct().count();
            boolean nieuw = leden.stream().anyMatch(i -> kandidaten.get(i).zonderThema());
            if (organisaties >= minimumOrganisaties && nieuw) {
                resultaat.add(groep(leden, kandidaten, vectoren, gebruikteIds));
            }
        }
        return resultaat;
    }

    /** Single-link grouping: union-find over all pairs whose cosine similarity reaches the minimum. */
    private int[] verbind(List<Map<String, Double>> vectoren) {
        int[] ouder = new int[vectoren.size()];
        for (int i = 0; i < ouder.length; i++) {
            ouder[i] = i;
        }
        for (int i = 0; i < vectoren.size(); i++) {
            for (int j = i + 1; j < vectoren.size(); j++) {
                if (cosinus(vectoren.get(i), vectoren.get(j)) >= minimumGelijkenis) {
                    int a = wortel(ouder, i);
                    int b = wortel(ouder, j);
                    ouder[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        for (int i = 0; i < ouder.length; i++) {
            ouder[i] = wortel(ouder, i);
        }
        return ouder;
    }

    private static int wortel(int[] ouder, int i) {
        while (ouder[i] != i) {
            ouder[i] = ouder[ouder[i]];
            i = ouder[i];
        }
        return i;
    }

    private Groep groep(List<Integer> leden, List<Kandidaat> kandidaten, List<Map<String, Double>> vectoren,
                        Set<String> gebruikteIds) {
        Map<String, Double> gewicht = new TreeMap<>();
        Map<String, Integer> aantal = new TreeMap<>();
        for (int lid : leden) {
            vectoren.get(lid).forEach((term, waarde) -> {
                gewicht.merge(term, waarde, Double::sum);
                aantal.merge(term, 1, Integer::sum);
            });
        }
        List<String> kenmerken = gewicht.keySet().stream()
                .filter(term -> aantal.get(term) >= 2)
                .sorted(Comparator.comparingDouble((String term) -> -gewicht.get(term) * aantal.get(term))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(AANTAL_KENMERKEN)
                .toList();
        Map<String, String> woordVoorStam = woordenVoorStammen(leden.stream()
                .map(i -> kandidaten.get(i).knelpunt()).toList());
        List<String> woorden = kenmerken.stream().map(stam -> woordVoorStam.getOrDefault(stam, stam)).toList();
        Map<Kandidaat, Lid> perLid = new LinkedHashMap<>();
        for (int lid : leden) {
            List<String> gedeeld = vectoren.get(lid).keySet().stream()
                    .filter(term -> aantal.get(term) >= 2)
                    .sorted(Comparator.comparingDouble((String term) -> -gewicht.get(term))
                            .thenComparing(Comparator.naturalOrder()))
                    .limit(AANTAL_KENMERKEN)
                    .map(stam -> woordVoorStam.getOrDefault(stam, stam))
                    .toList();
            double gelijkenis = leden.stream().filter(ander -> ander != lid)
                    .mapToDouble(ander -> cosinus(vectoren.get(lid), vectoren.get(ander))).max().orElse(0);
            perLid.put(kandidaten.get(lid), new Lid(gedeeld, Math.round(gelijkenis * 100) / 100.0));
        }
        String id = uniek("opkomend-" + slug(woorden.isEmpty() ? "thema" : woorden.get(0)), gebruikteIds);
        String naam = woorden.isEmpty() ? "Opkomend thema" : String.join(", ", woorden);
        return new Groep(id, naam, woorden, perLid);
    }

    private Map<String, Double> zeldzaamheid(List<KnelpuntTekst> editie) {
        Map<String, Integer> documentFrequentie = new HashMap<>();
        for (KnelpuntTekst knelpunt : editie) {
            termen(knelpunt).forEach(term -> documentFrequentie.merge(term, 1, Integer::sum));
        }
        Map<String, Double> idf = new HashMap<>();
        int totaal = editie.size();
        documentFrequentie.forEach((term, df) -> idf.put(term, Math.log((1.0 + totaal) / (1.0 + df))));
        return idf;
    }

    private Set<String> termen(KnelpuntTekst knelpunt) {
        Set<String> termen = new TreeSet<>();
        for (Set<String> positie : analyse.posities(knelpunt.titel() + ". " + knelpunt.omschrijving())) {
            for (String stam : positie) {
                if (stam.length() >= KORTSTE_STAM && !bekendeStammen.contains(stam)) {
                    termen.add(stam);
                }
            }
        }
        return termen;
    }

    private static Map<String, Double> vector(Set<String> termen, Map<String, Double> zeldzaamheid) {
        Map<String, Double> vector = new TreeMap<>();
        double lengte = 0;
        for (String term : termen) {
            double waarde = zeldzaamheid.getOrDefault(term, 0.0);
            if (waarde > 0) {
                vector.put(term, waarde);
                lengte += waarde * waarde;
            }
        }
        double norm = Math.sqrt(lengte);
        if (norm > 0) {
            vector.replaceAll((term, waarde) -> waarde / norm);
        }
        return vector;
    }

    static double cosinus(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> klein = a.size() <= b.size() ? a : b;
        Map<String, Double> groot = klein == a ? b : a;
        double som = 0;
        for (Map.Entry<String, Double> term : klein.entrySet()) {
            Double ander = groot.get(term.getKey());
            if (ander != null) {
                som += term.getValue() * ander;
            }
        }
        return som;
    }

    /** The most frequent written form of each stem in the texts, so that labels read as words. */
    private Map<String, String> woordenVoorStammen(List<KnelpuntTekst> knelpunten) {
        Map<String, Map<String, Integer>> telling = new TreeMap<>();
        for (KnelpuntTekst knelpunt : knelpunten) {
            Matcher woord = WOORD.matcher(knelpunt.titel() + " " + knelpunt.omschrijving());
            while (woord.find()) {
                String vorm = woord.group().toLowerCase(Locale.ROOT);
                for (Set<String> positie : analyse.posities(vorm)) {
                    positie.forEach(stam -> telling.computeIfAbsent(stam, s -> new TreeMap<>())
                            .merge(stam.equals(positie.iterator().next()) ? vorm : stam, 1, Integer::sum));
                }
            }
        }
        Map<String, String> resultaat = new HashMap<>();
        telling.forEach((stam, vormen) -> resultaat.put(stam, vormen.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> -e.getKey().length())
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey()));
        return resultaat;
    }

    static String slug(String tekst) {
        String zonderAccenten = Normalizer.normalize(tekst, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return zonderAccenten.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String uniek(String id, Set<String> gebruikt) {
        String kandidaat = id;
        for (int volgnummer = 2; !gebruikt.add(kandidaat); volgnummer++) {
            kandidaat = id + "-" + volgnummer;
        }
        return kandidaat;
    }
}
