package nl.uitvoering.standen.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The real corpus is what the issue asks of it, and its splits cannot leak an organisation. */
class EchtCorpusTest {

    private static final Taxonomie TAXONOMIE = TaxonomieLezer.standaard();
    private final List<EchtCorpus.Uitspraak> corpus = EchtCorpus.lees();

    @Test
    void hetCorpusHeeftGenoegEchteUitsprakenVanOrganisatiesVanElkeSoortUitElkeEditie() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        assertThat(corpus.stream().map(EchtCorpus.Uitspraak::organisatie).distinct().count()).isGreaterThanOrEqualTo(25);
        assertThat(corpus.stream().map(EchtCorpus.Uitspraak::soort).collect(Collectors.toSet())).contains(
                "uitvoeringsorganisatie", "inspectie", "rechtspraak", "gemeente", "provincie", "waterschap");
        assertThat(corpus.stream().map(EchtCorpus.Uitspraak::jaar).collect(Collectors.toSet()))
                .contains(2022, 2023, 2024, 2025);
    }

    @Test
    void elkeUitspraakHeeftEenBronEnGeldigeLabels() {
        Set<String> geldig = new TreeSet<>(Set.of(Taxonomie.OVERIG));
        TAXONOMIE.themas().forEach(t -> geldig.add(t.id()));
        assertThat(corpus).allSatisfy(u -> {
            assertThat(u.bron()).startsWith("http");
            assertThat(u.tekst()).isNotBlank();
            assertThat(u.themas()).isNotEmpty().allMatch(geldig::contains);
            if (u.themas().contains(Taxonomie.OVERIG)) {
                assertThat(u.themas()).containsExactly(Taxonomie.OVERIG);
            }
        });
        assertThat(corpus.stream().map(EchtCorpus.Uitspraak::id).distinct().count()).isEqualTo(corpus.size());
    }

    @Test
    void eenOrganisatieStaatInPreciesEenSplitsing() {
        Map<String, Set<String>> splitsingen = corpus.stream().collect(Collectors.groupingBy(
                EchtCorpus.Uitspraak::organisatie, Collectors.mapping(EchtCorpus.Uitspraak::split, Collectors.toSet())));

        assertThat(splitsingen.values()).allSatisfy(s -> assertThat(s).hasSize(1)
                .containsAnyOf(EchtCorpus.TRAIN, EchtCorpus.DEV, EchtCorpus.TEST));
        assertThat(EchtCorpus.uit(EchtCorpus.TEST)).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void beideLezingenDekkenHetHeleCorpus() {
        Set<String> ids = corpus.stream().map(EchtCorpus.Uitspraak::id).collect(Collectors.toSet());

        assertThat(Lezingen.lezing("a").keySet()).isEqualTo(ids);
        assertThat(Lezingen.lezing("b").keySet()).isEqualTo(ids);
    }
}
