package nl.uitvoering.standen.analyse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Dutch text analysis with Lucene: tokenising, lower-casing, folding diacritics (financiële = financiele),
 * Dutch stop words, splitting compounds into known parts (personeelstekort = personeel + tekort) and the Snowball
 * Dutch stemmer. Thread-safe: Lucene's analyzer keeps one token stream per thread.
 */
public final class NederlandseAnalyse {

    private static final int KLEINSTE_SAMENSTELLING = 6;
    private static final int KLEINSTE_DEEL = 3;

    /**
     * The last texts each thread analysed. Reading a bottleneck asks for its title and description twice in a
     * row (for the known themes, then for the words of emergent themes); the second time costs nothing.
     */
    private final ThreadLocal<Map<String, List<Set<String>>>> recent = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Set<String>>> oudste) {
                    return size() > 2;
                }
            });
    private final Analyzer analyzer;

    /** @param samenstellingsdelen words that are recognised as parts of compounds (any case, any diacritics) */
    public NederlandseAnalyse(Collection<String> samenstellingsdelen) {
        CharArraySet stopwoorden = gevouwen(DutchAnalyzer.getDefaultStopSet().stream()
                .map(woord -> new String((char[]) woord)).toList());
        CharArraySet delen = gevouwen(samenstellingsdelen);
        // No part is longer than the longest known one: the filter need not look up longer substrings.
        int grootsteDeel = samenstellingsdelen.stream().mapToInt(String::length).max().orElse(KLEINSTE_DEEL);
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String veld) {
                Tokenizer bron = new StandardTokenizer();
                TokenStream stroom = new LowerCaseFilter(bron);
                stroom = new ASCIIFoldingFilter(stroom);
                stroom = new StopFilter(stroom, stopwoorden);
                stroom = new DictionaryCompoundWordTokenFilter(stroom, delen, KLEINSTE_SAMENSTELLING, KLEINSTE_DEEL,
                        grootsteDeel, false);
                stroom = new SnowballFilter(stroom, new DutchStemmer());
                return new TokenStreamComponents(bron, stroom);
            }
        };
    }

    /**
     * The text as word positions. Each position holds the stem of the word first, then the stems of the compound
     * parts found in it. Unmodifiable.
     */
    public List<Set<String>> posities(String tekst) {
        Map<String, List<Set<String>>> laatste = recent.get();
        return laatste.computeIfAbsent(tekst == null ? "" : tekst, this::analyseer);
    }

    private List<Set<String>> analyseer(String tekst) {
        List<Set<String>> posities = new ArrayList<>();
        try (TokenStream stroom = analyzer.tokenStream("tekst", tekst == null ? "" : tekst)) {
            CharTermAttribute term = stroom.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute verschuiving = stroom.addAttribute(PositionIncrementAttribute.class);
            stroom.reset();
            while (stroom.incrementToken()) {
                if (verschuiving.getPositionIncrement() > 0 || posities.isEmpty()) {
                    posities.add(new LinkedHashSet<>());
                }
                posities.get(posities.size() - 1).add(term.toString());
            }
            stroom.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse text", e);
        }
        return Collections.unmodifiableList(posities.stream().map(Collections::unmodifiableSet).toList());
    }

    /** The stems of the words themselves, in order, without compound parts. */
    public List<String> stammen(String tekst) {
        return posities(tekst).stream().map(positie -> positie.iterator().next()).toList();
    }

    private static CharArraySet gevouwen(Collection<String> woorden) {
        CharArraySet set = new CharArraySet(woorden.size(), true);
        for (String woord : woorden) {
            set.add(vouw(woord));
        }
        return set;
    }

    /** Lower case without diacritics, the form the filters compare on. */
    static String vouw(String woord) {
        char[] invoer = woord.toLowerCase(Locale.ROOT).toCharArray();
        char[] uitvoer = new char[invoer.length * 4];
        int lengte = ASCIIFoldingFilter.foldToASCII(invoer, 0, uitvoer, 0, invoer.length);
        return new String(uitvoer, 0, lengte);
    }
}
