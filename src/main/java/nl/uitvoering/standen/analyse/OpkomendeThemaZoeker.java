package nl.uitvoering.standen.analyse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
    private static final int AANTAL_HERKENNINGSTERMEN = 10;
    private static final int MINIMALE_OVERLAP = 2;
    /** Words in more than this share of an edition's bottlenecks are everyday report language, not a subject. */
    private static final double ALGEMEEN_AANDEEL = 0.08;
    private static final Pattern WOORD = Pattern.compile("\\p{L}+");

    /**
     * Words after which a Dutch noun (or an adjective and a noun) follows: de woningnood, een groeiend tekort. Not
     * die, dat and zijn, which as often start a clause (die volgens de wet, zijn verplicht).
     */
    private static final Set<String> LIDWOORDEN = Set.of("de", "het", "een", "geen", "deze", "dit", "onze", "ons",
            "hun", "haar", "veel", "meer", "minder", "weinig", "welke", "elke", "iedere");

    private final NederlandseAnalyse analyse;
    private final Set<String> genegeerdeStammen;
    private final Set<String> nietNaamgevendeStammen;
    private final Geheugen<KnelpuntTekst, Set<String>> termenGeheugen = new Geheugen<>(250_000);
    private final int minimumOrganisaties;
    private final double minimumGelijkenis;

    /**
     * @param genegeerdeStammen stems that do not count as shared content: those of the taxonomy's key phrases
     *                          (they already explain known themes) and everyday report language
     * @param nietNaamgevendeStammen stems that never name a theme: function words, verbs, adverbs, adjectives,
     *                          numbers and report boilerplate
     */
    public OpkomendeThemaZoeker(NederlandseAnalyse analyse, Set<String> genegeerdeStammen,
                                Set<String> nietNaamgevendeStammen, int minimumOrganisaties, double minimumGelijkenis) {
        this.analyse = analyse;
        this.genegeerdeStammen = Set.copyOf(genegeerdeStammen);
        this.nietNaamgevendeStammen = Set.copyOf(nietNaamgevendeStammen);
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
     * An emergent theme: its members, per member the characteristic words it shares with the others and its
     * similarity to the theme as a whole, and the stems by which a later edition recognises it.
     */
    public record Groep(String id, String naam, List<String> kenmerkStammen, Map<Kandidaat, Lid> leden) {
    }

    /** An emergent theme found in an earlier edition; a group that shares enough stems with it keeps its id. */
    public record EerderThema(String id, String naam, List<String> kenmerkStammen) {
    }

    public record Lid(List<String> gedeeldeWoorden, double gelijkenis) {
    }

    /**
     * @param kandidaten bottlenecks that fit no known theme, in a stable order
     * @param editie     every bottleneck of the edition, to tell rare words from common ones
     */
    public List<Groep> zoek(List<Kandidaat> kandidaten, List<KnelpuntTekst> editie, List<EerderThema> eerdere) {
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
        eerdere.forEach(thema -> gebruikteIds.add(thema.id()));
        Set<String> herkend = new TreeSet<>();
        Set<String> woordenschat = new HashSet<>();
        kandidaten.forEach(k -> woorden(k.knelpunt().titel() + " " + k.knelpunt().omschrijving())
                .forEach(woord -> woordenschat.add(woord.toLowerCase(Locale.ROOT))));
        for (List<Integer> leden : groepen.values()) {
            long organisaties = leden.stream().map(i -> kandidaten.get(i).organisatie()).distinct().count();
            if (organisaties < minimumOrganisaties) {
                continue;
            }
            Groep groep = groep(leden, kandidaten, vectoren, gebruikteIds, woordenschat);
            if (groep == null) {
                // Bottlenecks that share no noun a reader would use as a heading are no subject of their own.
                continue;
            }
            Groep herkendeGroep = herken(groep, eerdere, herkend);
            // A group of bottlenecks that all fit a known theme a little is only emergent if it returns.
            boolean zonderThema = leden.stream().anyMatch(i -> kandidaten.get(i).zonderThema());
            if (zonderThema || herkendeGroep != groep) {
                resultaat.add(herkendeGroep);
            }
        }
        return resultaat;
    }

    /**
     * Gives a group the id and name of the earlier emergent theme it shares most stems with (at least two, or the
     * same headword), so that a dashboard that bookmarked the theme finds it again in the next edition.
     */
    private static Groep herken(Groep groep, List<EerderThema> eerdere, Set<String> alHerkend) {
        EerderThema beste = null;
        long besteOverlap = MINIMALE_OVERLAP - 1;
        for (EerderThema eerder : eerdere) {
            long overlap = eerder.kenmerkStammen().stream().filter(groep.kenmerkStammen()::contains).count();
            boolean zelfdeKopwoord = !eerder.kenmerkStammen().isEmpty() && !groep.kenmerkStammen().isEmpty()
                    && eerder.kenmerkStammen().get(0).equals(groep.kenmerkStammen().get(0));
            if (zelfdeKopwoord) {
                overlap = Math.max(overlap, MINIMALE_OVERLAP);
            }
            if (overlap > besteOverlap && !alHerkend.contains(eerder.id())) {
                beste = eerder;
                besteOverlap = overlap;
            }
        }
        if (beste == null) {
            return groep;
        }
        alHerkend.add(beste.id());
        return new Groep(beste.id(), beste.naam(), groep.kenmerkStammen(), groep.leden());
    }

    /**
     * Single-link grouping: union-find over all pairs that share at least two words and whose cosine similarity
     * reaches the minimum. Two shared words, not one, keep unrelated subjects from chaining into one group.
     * Comparing all n * n pairs grows quadratically, so only pairs that can pass are compared: a bottleneck is
     * indexed under its words except its lightest (most common) ones, whose combined weight stays below the
     * minimum similarity; a pair that shares none of the indexed words cannot reach it (Bayardo et al., "Scaling
     * up all pairs similarity search", 2007). A pair already in one group needs no comparison at all.
     */
    private int[] verbind(List<Map<String, Double>> vectoren) {
        int aantal = vectoren.size();
        int[] ouder = new int[aantal];
        for (int i = 0; i < aantal; i++) {
            ouder[i] = i;
        }
        Map<String, Integer> termNummers = new HashMap<>();
        Termvector[] alle = new Termvector[aantal];
        List<int[]> index = new ArrayList<>();
        List<Integer> lengtes = new ArrayList<>();
        int[] laatstVergeleken = new int[aantal];
        for (int i = 0; i < aantal; i++) {
            Termvector vector = Termvector.van(vectoren.get(i), termNummers);
            alle[i] = vector;
            for (int term : vector.termen()) {
                if (term >= index.size()) {
                    continue;
                }
                int[] lijst = index.get(term);
                for (int k = 0, n = lengtes.get(term); k < n; k++) {
                    int j = lijst[k];
                    if (laatstVergeleken[j] == i + 1 || wortel(ouder, i) == wortel(ouder, j)) {
                        continue;
                    }
                    laatstVergeleken[j] = i + 1;
                    if (vector.lijktOp(alle[j], minimumGelijkenis - 1e-12)) {
                        int a = wortel(ouder, i);
                        int b = wortel(ouder, j);
                        ouder[Math.max(a, b)] = Math.min(a, b);
                    }
                }
            }
            for (int term : vector.teIndexeren(minimumGelijkenis - 1e-12)) {
                while (index.size() <= term) {
                    index.add(new int[4]);
                    lengtes.add(0);
                }
                int lengte = lengtes.get(term);
                if (lengte == index.get(term).length) {
                    index.set(term, Arrays.copyOf(index.get(term), lengte * 2));
                }
                index.get(term)[lengte] = i;
                lengtes.set(term, lengte + 1);
            }
        }
        for (int i = 0; i < aantal; i++) {
            ouder[i] = wortel(ouder, i);
        }
        return ouder;
    }

    /** A unit tf-idf vector with numbered terms in ascending order, for fast comparison. */
    private record Termvector(int[] termen, double[] gewichten) {

        static Termvector van(Map<String, Double> vector, Map<String, Integer> termNummers) {
            int[] termen = new int[vector.size()];
            double[] gewichten = new double[vector.size()];
            Integer[] volgorde = new Integer[vector.size()];
            int k = 0;
            for (Map.Entry<String, Double> term : vector.entrySet()) {
                termen[k] = termNummers.computeIfAbsent(term.getKey(), t -> termNummers.size());
                gewichten[k] = term.getValue();
                volgorde[k] = k;
                k++;
            }
            Arrays.sort(volgorde, Comparator.comparingInt(p -> termen[p]));
            int[] gesorteerdeTermen = new int[termen.length];
            double[] gesorteerdeGewichten = new double[termen.length];
            for (int p = 0; p < volgorde.length; p++) {
                gesorteerdeTermen[p] = termen[volgorde[p]];
                gesorteerdeGewichten[p] = gewichten[volgorde[p]];
            }
            return new Termvector(gesorteerdeTermen, gesorteerdeGewichten);
        }

        /** At least two shared terms and a cosine similarity of at least the minimum. */
        boolean lijktOp(Termvector ander, double minimum) {
            int gedeeld = 0;
            double product = 0;
            for (int a = 0, b = 0; a < termen.length && b < ander.termen.length; ) {
                if (termen[a] == ander.termen[b]) {
                    gedeeld++;
                    product += gewichten[a++] * ander.gewichten[b++];
                } else if (termen[a] < ander.termen[b]) {
                    a++;
                } else {
                    b++;
                }
            }
            return gedeeld >= MINIMALE_OVERLAP && product >= minimum;
        }

        /**
         * The terms to index: all but the lightest ones whose combined norm stays below the minimum, because
         * those alone can never lift a unit vector's similarity to the minimum.
         */
        int[] teIndexeren(double minimum) {
            Integer[] lichtsteEerst = new Integer[termen.length];
            for (int p = 0; p < termen.length; p++) {
                lichtsteEerst[p] = p;
            }
            Arrays.sort(lichtsteEerst, Comparator.comparingDouble(p -> gewichten[p]));
            double weggelaten = 0;
            int overslaan = 0;
            while (overslaan < termen.length) {
                double gewicht = gewichten[lichtsteEerst[overslaan]];
                if (weggelaten + gewicht * gewicht >= minimum * minimum) {
                    break;
                }
                weggelaten += gewicht * gewicht;
                overslaan++;
            }
            int[] geindexeerd = new int[termen.length - overslaan];
            for (int p = overslaan; p < termen.length; p++) {
                geindexeerd[p - overslaan] = termen[lichtsteEerst[p]];
            }
            return geindexeerd;
        }
    }

    private static int wortel(int[] ouder, int i) {
        while (ouder[i] != i) {
            ouder[i] = ouder[ouder[i]];
            i = ouder[i];
        }
        return i;
    }

    private Groep groep(List<Integer> leden, List<Kandidaat> kandidaten, List<Map<String, Double>> vectoren,
                        Set<String> gebruikteIds, Set<String> woordenschat) {
        Map<String, Double> gewicht = new TreeMap<>();
        Map<String, Integer> aantal = new TreeMap<>();
        for (int lid : leden) {
            vectoren.get(lid).forEach((term, waarde) -> {
                gewicht.merge(term, waarde, Double::sum);
                aantal.merge(term, 1, Integer::sum);
            });
        }
        List<String> kenmerkStammen = gewicht.keySet().stream()
                .filter(term -> aantal.get(term) >= 2)
                .sorted(Comparator.comparingDouble((String term) -> -gewicht.get(term) * aantal.get(term))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(AANTAL_HERKENNINGSTERMEN)
                .toList();
        Woordvormen vormen = woordvormen(leden.stream().map(i -> kandidaten.get(i).knelpunt()).toList(),
                woordenschat);
        Map<String, String> woordVoorStam = vormen.woordVoorStam();
        List<String> woorden = new ArrayList<>();
        kenmerkStammen.stream()
                .filter(stam -> vormen.zelfstandig().contains(stam) && !nietNaamgevendeStammen.contains(stam)
                        && stam.chars().allMatch(Character::isLetter))
                .map(stam -> woordVoorStam.getOrDefault(stam, stam))
                .forEach(woord -> voegNaamwoordToe(woorden, woord));
        if (woorden.isEmpty()) {
            return null;
        }
        Map<String, Double> zwaartepunt = genormaliseerd(gewicht);
        Map<Kandidaat, Lid> perLid = new LinkedHashMap<>();
        for (int lid : leden) {
            List<String> gedeeld = vectoren.get(lid).keySet().stream()
                    .filter(term -> aantal.get(term) >= 2)
                    .sorted(Comparator.comparingDouble((String term) -> -gewicht.get(term))
                            .thenComparing(Comparator.naturalOrder()))
                    .limit(AANTAL_KENMERKEN)
                    .map(stam -> woordVoorStam.getOrDefault(stam, stam))
                    .toList();
            double gelijkenis = cosinus(vectoren.get(lid), zwaartepunt);
            perLid.put(kandidaten.get(lid), new Lid(gedeeld, Math.round(gelijkenis * 100) / 100.0));
        }
        String id = uniek("opkomend-" + slug(woorden.get(0)), gebruikteIds);
        String naam = String.join(", ", woorden);
        return new Groep(id, naam, kenmerkStammen, perLid);
    }

    /**
     * Adds a word to a theme's name, up to three: woning next to woningtekort says nothing more, so of a word and
     * a compound that holds it only the compound (the more specific) stays.
     */
    private static void voegNaamwoordToe(List<String> woorden, String woord) {
        if (woorden.stream().anyMatch(ander -> ander.contains(woord))) {
            return;
        }
        woorden.removeIf(woord::contains);
        if (woorden.size() < AANTAL_KENMERKEN) {
            woorden.add(woord);
        }
    }

    private Map<String, Double> zeldzaamheid(List<KnelpuntTekst> editie) {
        Map<String, Integer> documentFrequentie = new HashMap<>();
        // Reading the words of every bottleneck is the costly part: in parallel, remembered for the loop below.
        editie.parallelStream().forEach(this::termen);
        for (KnelpuntTekst knelpunt : editie) {
            termen(knelpunt).forEach(term -> documentFrequentie.merge(term, 1, Integer::sum));
        }
        Map<String, Double> idf = new HashMap<>();
        int totaal = editie.size();
        double algemeen = Math.max(3, ALGEMEEN_AANDEEL * totaal);
        // A word used once cannot link two bottlenecks; leaving it out keeps long texts from diluting the rest.
        documentFrequentie.forEach((term, df) -> {
            if (df >= 2 && df <= algemeen) {
                idf.put(term, Math.log(1.0 + (double) totaal / df));
            }
        });
        return idf;
    }

    /**
     * Reads the words of a bottleneck now and remembers them for {@link #zoek}: right after its known themes were
     * read, when the analysis of its texts is still at hand.
     */
    public void leesVooraf(KnelpuntTekst knelpunt) {
        termen(knelpunt);
    }

    private Set<String> termen(KnelpuntTekst knelpunt) {
        return termenGeheugen.geef(knelpunt, this::leesTermen);
    }

    private Set<String> leesTermen(KnelpuntTekst knelpunt) {
        Set<String> termen = new TreeSet<>();
        for (String tekst : List.of(knelpunt.titel(), knelpunt.omschrijving())) {
            for (Set<String> positie : analyse.posities(tekst)) {
                for (String stam : positie) {
                    if (stam.length() >= KORTSTE_STAM && !genegeerdeStammen.contains(stam)) {
                        termen.add(stam);
                    }
                }
            }
        }
        return termen;
    }

    private static Map<String, Double> vector(Set<String> termen, Map<String, Double> zeldzaamheid) {
        Map<String, Double> vector = new TreeMap<>();
        for (String term : termen) {
            double waarde = zeldzaamheid.getOrDefault(term, 0.0);
            if (waarde > 0) {
                vector.put(term, waarde);
            }
        }
        return genormaliseerd(vector);
    }

    private static Map<String, Double> genormaliseerd(Map<String, Double> vector) {
        double norm = Math.sqrt(vector.values().stream().mapToDouble(waarde -> waarde * waarde).sum());
        Map<String, Double> eenheid = new HashMap<>();
        vector.forEach((term, waarde) -> eenheid.put(term, norm > 0 ? waarde / norm : 0));
        return eenheid;
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

    /**
     * The most frequent written form of each stem in the texts, so that labels read as words, and the stems used
     * as nouns (see {@link #alsZelfstandigNaamwoord}).
     */
    record Woordvormen(Map<String, String> woordVoorStam, Set<String> zelfstandig) {
    }

    private Woordvormen woordvormen(List<KnelpuntTekst> knelpunten, Set<String> woordenschat) {
        Map<String, Map<String, Integer>> telling = new TreeMap<>();
        Map<String, List<Set<String>>> geanalyseerd = new HashMap<>();
        Set<String> zelfstandig = new TreeSet<>();
        List<List<String>> teksten = knelpunten.stream().map(k -> woorden(k.titel() + " " + k.omschrijving())).toList();
        for (List<String> tekst : teksten) {
            for (int i = 0; i < tekst.size(); i++) {
                String vorm = tekst.get(i).toLowerCase(Locale.ROOT);
                boolean naamwoord = alsZelfstandigNaamwoord(tekst, i, woordenschat);
                for (Set<String> positie : geanalyseerd.computeIfAbsent(vorm, analyse::posities)) {
                    String stamVanWoord = positie.iterator().next();
                    positie.forEach(stam -> telling.computeIfAbsent(stam, s -> new TreeMap<>())
                            .merge(stam.equals(stamVanWoord) ? vorm : stam, 1, Integer::sum));
                    if (naamwoord) {
                        zelfstandig.addAll(positie);
                    }
                }
            }
        }
        Map<String, String> resultaat = new HashMap<>();
        telling.forEach((stam, vormen) -> resultaat.put(stam, vormen.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> -e.getKey().length())
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey()));
        return new Woordvormen(resultaat, zelfstandig);
    }

    private static List<String> woorden(String tekst) {
        List<String> woorden = new ArrayList<>();
        Matcher woord = WOORD.matcher(tekst);
        while (woord.find()) {
            woorden.add(woord.group());
        }
        return woorden;
    }

    /**
     * Whether the word at {@code i} is used as a noun, read from its place in the sentence, since Lucene gives no
     * parts of speech: written in lower case (not a name), right after an article or determiner (de woningnood),
     * or after one and an adjective (een groeiend tekort, de grote opgave). Not when it is itself an inflected
     * adjective before another word (de volle hevigheid), a past participle (uitgevoerd, gewerkt), or a verb
     * after the pronoun het or after a subject (het duurt vaak, de Belastingdienst werkt).
     */
    static boolean alsZelfstandigNaamwoord(List<String> tekst, int i, Set<String> woordenschat) {
        String geschreven = tekst.get(i);
        String vorm = geschreven.toLowerCase(Locale.ROOT);
        if (!geschreven.equals(vorm) || isVoltooidDeelwoord(vorm) || isVervoegdWerkwoord(vorm, woordenschat)) {
            return false;
        }
        String vorige = i > 0 ? tekst.get(i - 1).toLowerCase(Locale.ROOT) : "";
        String daarvoor = i > 1 ? tekst.get(i - 2).toLowerCase(Locale.ROOT) : "";
        if (LIDWOORDEN.contains(vorige)) {
            String volgende = i + 1 < tekst.size() ? tekst.get(i + 1) : "";
            boolean gevolgdDoorWoord = !volgende.isEmpty() && volgende.equals(volgende.toLowerCase(Locale.ROOT))
                    && !LIDWOORDEN.contains(volgende);
            if (vorige.equals("het") && vorm.endsWith("t") && gevolgdDoorWoord && !NA_NAAMWOORD.contains(volgende)) {
                // het is a pronoun as often as an article: het duurt vaak, het lukt niet.
                return false;
            }
            return !(lijktBijvoeglijk(vorm) && gevolgdDoorWoord);
        }
        return LIDWOORDEN.contains(daarvoor) && lijktBijvoeglijk(vorige);
    }

    /** Words that often follow a noun phrase and seldom a verb: het tekort van, het budget is. */
    private static final Set<String> NA_NAAMWOORD = Set.of("van", "voor", "op", "in", "is", "was", "en", "of",
            "dat", "die", "bij", "met", "om", "aan", "uit", "naar", "over", "door", "wordt", "werd", "heeft", "had",
            "zijn", "kan", "moet", "blijft");
    private static final Pattern BIJVOEGLIJKE_UITGANG = Pattern.compile(".*(e|end|ig|lijk|isch|baar|loos|zaam)");
    private static final Pattern VOLTOOID_DEELWOORD = Pattern.compile(
            "(uit|op|aan|af|in|mee|door|over|toe|terug|voor|na|bij|om|vast|weg)?ge\\p{L}{3,}[dt]");
    private static final Pattern GEEN_DEELWOORD = Pattern.compile("ge(bied|ld|weld|zondheid)|.*(heid|schap)");

    private static boolean lijktBijvoeglijk(String woord) {
        return BIJVOEGLIJKE_UITGANG.matcher(woord).matches();
    }

    private static boolean isVoltooidDeelwoord(String woord) {
        return VOLTOOID_DEELWOORD.matcher(woord).matches() && !GEEN_DEELWOORD.matcher(woord).matches();
    }

    /**
     * werkt, duurt: a form in -t whose stem or infinitive (werk, werken; duur, duren) occurs in the edition's
     * texts. Nouns in -t have neither (budget, tekort, markt).
     */
    private static boolean isVervoegdWerkwoord(String woord, Set<String> woordenschat) {
        if (woord.length() < 5 || !woord.endsWith("t")) {
            return false;
        }
        String stam = woord.substring(0, woord.length() - 1);
        String kortereKlinker = LANGE_KLINKER.matcher(stam).replaceFirst("$1$2");
        return woordenschat.contains(stam) || woordenschat.contains(stam + "en")
                || woordenschat.contains(kortereKlinker + "en");
    }

    private static final Pattern LANGE_KLINKER = Pattern.compile("(.*)[aeou]([aeou][^aeiou])$");

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
