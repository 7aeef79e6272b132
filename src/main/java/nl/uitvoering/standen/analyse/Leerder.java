package nl.uitvoering.standen.analyse;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains the learned reader: per theme an L1-regularised logistic regression (liblinear) over {@link Kenmerken},
 * which keeps the few words that carry weight and drops the rest.
 * The probability and the threshold of each theme come from scores that each example got from a model that did
 * not see its organisation (cross-validation grouped by organisation), so that they hold for organisations the
 * reader has never seen. Deterministic: the same examples give the same model.
 */
public final class Leerder {

    /**
     * liblinear's C per theme is chosen from these. Small: with a few hundred real examples few words may weigh
     * next to the taxonomy's evidence (nested cross-validation: L1 with C 0.0125-0.25 read unseen organisations
     * best, C 1 and more fitted the training organisations' own words; L2 with its best C read them worse).
     */
    private static final double[] STERKTES = {0.0125, 0.025, 0.05, 0.125, 0.25};
    /**
     * Probabilities and thresholds are fitted on the cross-validated scores of real text only: the synthetic
     * samples are written with the key phrases in plain sight and would set thresholds real text never reaches.
     */
    static final String IJKHERKOMST = "corpus";
    private static final int VOUWEN = 5;
    /** A text feature must occur in this many examples to get a weight: one-off words are noise. */
    private static final int MINIMALE_DOCUMENTFREQUENTIE = 2;
    private static final double ONZEKER_AANDEEL = 0.7;

    private final Taxonomie taxonomie;
    private final Kenmerken kenmerken;

    public Leerder(Taxonomie taxonomie, Kenmerken kenmerken) {
        this.taxonomie = taxonomie;
        this.kenmerken = kenmerken;
        Linear.disableDebugOutput();
    }

    public Leesmodel train(String versie, List<Leervoorbeeld> voorbeelden) {
        List<Leervoorbeeld> opVolgorde = voorbeelden.stream()
                .sorted(Comparator.comparing(Leervoorbeeld::canoniek)).toList();
        List<Map<String, Double>> vectoren = opVolgorde.stream().map(v -> kenmerken.van(v.knelpunt())).toList();
        Map<String, Integer> index = woordenboek(vectoren);
        Feature[][] x = vectoren.stream().map(v -> alsRij(v, index)).toArray(Feature[][]::new);
        int[] vouw = vouwen(opVolgorde);
        boolean[] ijk = ijkvoorbeelden(opVolgorde);
        List<Leesmodel.ThemaModel> themas = new ArrayList<>();
        for (Thema thema : taxonomie.themas()) {
            double[] y = opVolgorde.stream().mapToDouble(v -> v.themas().contains(thema.id()) ? 1 : -1).toArray();
            themas.add(themaModel(thema.id(), x, y, vouw, ijk, index));
        }
        Map<String, Integer> perHerkomst = new TreeMap<>();
        opVolgorde.forEach(v -> perHerkomst.merge(v.herkomst(), 1, Integer::sum));
        return new Leesmodel(versie, taxonomie.versie(),
                new Leesmodel.Trainingsdata(hash(opVolgorde), opVolgorde.size(), perHerkomst), ONZEKER_AANDEEL,
                themas);
    }

    /** The SHA-256 of the canonical examples, independent of their order. */
    public static String hash(List<Leervoorbeeld> voorbeelden) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            voorbeelden.stream().map(Leervoorbeeld::canoniek).sorted()
                    .forEach(regel -> sha.update((regel + "\n").getBytes(StandardCharsets.UTF_8)));
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Leesmodel.ThemaModel themaModel(String thema, Feature[][] x, double[] y, int[] vouw, boolean[] ijk,
                                            Map<String, Integer> index) {
        double[] ijkY = deel(y, ijk);
        double besteF1 = -1;
        double besteSterkte = STERKTES[0];
        double[] besteScores = null;
        double[] besteGewichten = null;
        for (double sterkte : STERKTES) {
            double[] gewichten = new double[index.size() + 1];
            double[] scores = deel(kruisvalidatie(x, y, vouw, index.size(), sterkte, gewichten), ijk);
            double f1 = besteDrempel(scores, ijkY).f1();
            if (f1 > besteF1 + 1e-9) {
                besteF1 = f1;
                besteSterkte = sterkte;
                besteScores = scores;
                besteGewichten = gewichten;
            }
        }
        Leesmodel.Kalibratie kalibratie = platt(besteScores, ijkY);
        double[] kansen = new double[besteScores.length];
        for (int i = 0; i < kansen.length; i++) {
            kansen[i] = kalibratie.kans(besteScores[i]);
        }
        Drempel drempel = besteDrempel(kansen, ijkY);
        // The reader is the average of the fold models: exactly the models whose scores were calibrated, so that
        // probabilities and threshold hold for it (a model trained on all examples would score on another scale).
        double[] w = besteGewichten;
        Map<String, Double> gewichten = new TreeMap<>();
        index.forEach((naam, i) -> {
            if (Math.abs(w[i - 1]) >= 1e-4) {
                gewichten.put(naam, afgerond(w[i - 1]));
            }
        });
        return new Leesmodel.ThemaModel(thema, afgerond(w[index.size()]),
                new Leesmodel.Kalibratie(afgerond(kalibratie.a()), afgerond(kalibratie.b())),
                Math.round(drempel.drempel() * 1000) / 1000.0, afgerond(drempel.f1()), besteSterkte, gewichten);
    }

    /**
     * Every example's score from a model trained without its organisation's examples; {@code gemiddeld} receives
     * the average weights of those models (the bias last).
     */
    private static double[] kruisvalidatie(Feature[][] x, double[] y, int[] vouw, int n, double sterkte,
                                           double[] gemiddeld) {
        double[] scores = new double[y.length];
        for (int deel = 0; deel < VOUWEN; deel++) {
            List<Integer> training = new ArrayList<>();
            List<Integer> proef = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                (vouw[i] == deel ? proef : training).add(i);
            }
            if (proef.isEmpty()) {
                continue;
            }
            Feature[][] deelX = training.stream().map(i -> x[i]).toArray(Feature[][]::new);
            double[] deelY = training.stream().mapToDouble(i -> y[i]).toArray();
            Model model = train(deelX, deelY, n, sterkte);
            // liblinear orders the labels as first seen; its weights point towards the first label.
            double richting = model.getLabels()[0] == 1 ? 1 : -1;
            double[] w = model.getFeatureWeights();
            for (int i = 0; i <= n; i++) {
                gemiddeld[i] += richting * w[i] / VOUWEN;
            }
            double[] waarde = new double[1];
            for (int i : proef) {
                Linear.predictValues(model, x[i], waarde);
                scores[i] = richting * waarde[0];
            }
        }
        return scores;
    }

    private static Model train(Feature[][] x, double[] y, int n, double sterkte) {
        Problem probleem = new Problem();
        probleem.l = y.length;
        probleem.n = n + 1;
        probleem.bias = 1;
        probleem.x = new Feature[y.length][];
        for (int i = 0; i < y.length; i++) {
            Feature[] rij = new Feature[x[i].length + 1];
            System.arraycopy(x[i], 0, rij, 0, x[i].length);
            rij[x[i].length] = new FeatureNode(n + 1, 1);
            probleem.x[i] = rij;
        }
        probleem.y = y;
        long positief = Arrays.stream(y).filter(v -> v > 0).count();
        Parameter parameter = new Parameter(SolverType.L1R_LR, sterkte, 1e-4);
        if (positief > 0 && positief < y.length) {
            // Both sides weigh the same in total, so that a theme with few examples is still learned.
            double gewicht = (double) (y.length - positief) / positief;
            parameter.setWeights(new double[] {gewicht, 1}, new int[] {1, -1});
        }
        Linear.resetRandom();
        return Linear.train(probleem, parameter);
    }

    /**
     * Platt's sigmoid fitted on the cross-validated scores with his prior-corrected targets, by Newton's method with
     * a backtracking line search (Lin, Lin and Weng's variant), which cannot diverge.
     */
    static Leesmodel.Kalibratie platt(double[] scores, double[] y) {
        long positief = Arrays.stream(y).filter(v -> v > 0).count();
        long negatief = y.length - positief;
        double[] doel = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            doel[i] = y[i] > 0 ? (positief + 1.0) / (positief + 2.0) : 1.0 / (negatief + 2.0);
        }
        double a = 1;
        double b = 0;
        double verlies = verlies(scores, doel, a, b);
        for (int stap = 0; stap < 100; stap++) {
            double ga = 0, gb = 0, haa = 1e-12, hab = 0, hbb = 1e-12;
            for (int i = 0; i < scores.length; i++) {
                double p = 1.0 / (1.0 + Math.exp(-(a * scores[i] + b)));
                double r = p - doel[i];
                double v = p * (1 - p);
                ga += r * scores[i];
                gb += r;
                haa += v * scores[i] * scores[i];
                hab += v * scores[i];
                hbb += v;
            }
            if (Math.abs(ga) < 1e-7 && Math.abs(gb) < 1e-7) {
                break;
            }
            double det = haa * hbb - hab * hab;
            double da = -(hbb * ga - hab * gb) / det;
            double db = -(haa * gb - hab * ga) / det;
            double lengte = 1;
            while (lengte > 1e-10 && verlies(scores, doel, a + lengte * da, b + lengte * db)
                    > verlies + 1e-4 * lengte * (ga * da + gb * db)) {
                lengte /= 2;
            }
            if (lengte <= 1e-10) {
                break;
            }
            a += lengte * da;
            b += lengte * db;
            verlies = verlies(scores, doel, a, b);
        }
        return new Leesmodel.Kalibratie(a, b);
    }

    /** Cross-entropy of the sigmoid against the targets, written to stay finite for large arguments. */
    private static double verlies(double[] scores, double[] doel, double a, double b) {
        double som = 0;
        for (int i = 0; i < scores.length; i++) {
            double f = a * scores[i] + b;
            som += f >= 0 ? (1 - doel[i]) * f + Math.log1p(Math.exp(-f)) : -doel[i] * f + Math.log1p(Math.exp(f));
        }
        return som;
    }

    record Drempel(double drempel, double f1) {
    }

    /**
     * The threshold with the best F1 on the given values; of equally good thresholds the middle one, so that the
     * choice does not sit on the edge of what the examples happen to show.
     */
    static Drempel besteDrempel(double[] waarden, double[] y) {
        TreeSet<Double> kandidaten = new TreeSet<>();
        for (double w : waarden) {
            kandidaten.add(w);
        }
        double beste = -1;
        List<Double> besteDrempels = new ArrayList<>();
        for (double drempel : kandidaten) {
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < waarden.length; i++) {
                boolean toegekend = waarden[i] >= drempel;
                boolean juist = y[i] > 0;
                tp += toegekend && juist ? 1 : 0;
                fp += toegekend && !juist ? 1 : 0;
                fn += !toegekend && juist ? 1 : 0;
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            if (f1 > beste + 1e-9) {
                beste = f1;
                besteDrempels.clear();
            }
            if (Math.abs(f1 - beste) <= 1e-9) {
                besteDrempels.add(drempel);
            }
        }
        return new Drempel(besteDrempels.isEmpty() ? 0.5 : besteDrempels.get(besteDrempels.size() / 2), beste);
    }

    /** The examples to calibrate on: the real ones, or all when there are no real ones. */
    private static boolean[] ijkvoorbeelden(List<Leervoorbeeld> voorbeelden) {
        boolean echte = voorbeelden.stream().anyMatch(v -> IJKHERKOMST.equals(v.herkomst()));
        boolean[] ijk = new boolean[voorbeelden.size()];
        for (int i = 0; i < ijk.length; i++) {
            ijk[i] = !echte || !"voorbeelden".equals(voorbeelden.get(i).herkomst());
        }
        return ijk;
    }

    private static double[] deel(double[] waarden, boolean[] gekozen) {
        double[] deel = new double[waarden.length];
        int n = 0;
        for (int i = 0; i < waarden.length; i++) {
            if (gekozen[i]) {
                deel[n++] = waarden[i];
            }
        }
        return Arrays.copyOf(deel, n);
    }

    /** Organisations in folds: every example of an organisation lands in the same fold. */
    private static int[] vouwen(List<Leervoorbeeld> voorbeelden) {
        List<String> organisaties = voorbeelden.stream().map(Leervoorbeeld::organisatie).distinct().sorted().toList();
        Map<String, Integer> vouwVan = new HashMap<>();
        for (int i = 0; i < organisaties.size(); i++) {
            vouwVan.put(organisaties.get(i), i % VOUWEN);
        }
        return voorbeelden.stream().mapToInt(v -> vouwVan.get(v.organisatie())).toArray();
    }

    /** Feature names that occur often enough, numbered from 1 in name order (liblinear counts from 1). */
    private static Map<String, Integer> woordenboek(List<Map<String, Double>> vectoren) {
        Map<String, Integer> documentfrequentie = new TreeMap<>();
        vectoren.forEach(v -> v.keySet().forEach(naam -> documentfrequentie.merge(naam, 1, Integer::sum)));
        Map<String, Integer> index = new TreeMap<>();
        documentfrequentie.forEach((naam, df) -> {
            boolean prior = naam.startsWith(Kenmerken.TAXONOMIE) || naam.startsWith(Kenmerken.OPGEGEVEN);
            if (prior || df >= MINIMALE_DOCUMENTFREQUENTIE) {
                index.put(naam, index.size() + 1);
            }
        });
        return index;
    }

    private static Feature[] alsRij(Map<String, Double> vector, Map<String, Integer> index) {
        List<Feature> rij = new ArrayList<>();
        vector.forEach((naam, waarde) -> {
            Integer i = index.get(naam);
            if (i != null) {
                rij.add(new FeatureNode(i, waarde));
            }
        });
        rij.sort(Comparator.comparingInt(Feature::getIndex));
        return rij.toArray(Feature[]::new);
    }

    private static double afgerond(double waarde) {
        return Math.round(waarde * 1e5) / 1e5;
    }
}
