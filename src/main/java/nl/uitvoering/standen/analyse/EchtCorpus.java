package nl.uitvoering.standen.analyse;

import java.util.List;
import java.util.TreeSet;

/**
 * Real bottleneck statements from published Standen, Staat editions, parliamentary papers, the organisations' own
 * pages and news that quotes them, each with its source and the themes settled by the codebook
 * ({@code analyse/corpus/CODEBOEK.md}). Split by organisation: an organisation's statements are all in train, dev
 * or test, and nothing is tuned on test.
 */
public final class EchtCorpus {

    public static final String BRON = "/analyse/corpus/echte-knelpunten.jsonl";
    public static final String TRAIN = "train";
    public static final String DEV = "dev";
    public static final String TEST = "test";

    private EchtCorpus() {
    }

    /**
     * One statement. {@code letterlijk} is false for a paraphrase; {@code beslecht} is true where the two
     * independent readings differed and the codebook settled the labels.
     */
    public record Uitspraak(String id, String organisatie, String organisatienaam, String soort, int jaar,
                            boolean jaarGeschat, String tekst, boolean letterlijk, String bron, String brontitel,
                            String bronsoort, String split, List<String> themas, String opkomendOnderwerp,
                            boolean beslecht) {

        public Uitspraak {
            themas = List.copyOf(themas);
        }

        /** The statement as the reader sees a bottleneck posted without title, declared themes or laws. */
        public KnelpuntTekst alsKnelpunt(int positie) {
            return new KnelpuntTekst(positie, "", tekst, Ernst.GEMIDDELD, List.of(), List.of());
        }

        /** As a training example; {@code overig} is no theme of its own, so it is the empty set. */
        public Leervoorbeeld alsLeervoorbeeld() {
            return new Leervoorbeeld("corpus", organisatie, alsKnelpunt(0),
                    new TreeSet<>(themas.stream().filter(Taxonomie::telt).toList()));
        }
    }

    public static List<Uitspraak> lees() {
        return JsonRegels.lees(BRON, Uitspraak.class);
    }

    public static List<Uitspraak> uit(String... splits) {
        List<String> gevraagd = List.of(splits);
        return lees().stream().filter(u -> gevraagd.contains(u.split())).toList();
    }
}
