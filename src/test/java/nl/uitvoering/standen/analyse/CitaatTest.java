package nl.uitvoering.standen.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitaatTest {

    @Test
    void eenCitaatIsDeEersteZin() {
        assertThat(Citaat.uit("Burgers lopen vast.  Dat komt door de regels.")).isEqualTo("Burgers lopen vast.");
    }

    @Test
    void eenLangeZinWordtOpEenWoordgrensAfgebroken() {
        String citaat = Citaat.uit("woord ".repeat(100).strip() + ".");
        assertThat(citaat).hasSizeLessThanOrEqualTo(Citaat.MAXIMALE_LENGTE).endsWith("woord…");
    }

    @Test
    void diakritischeTekensBlijvenBehouden() {
        assertThat(Citaat.uit("Cliënten in Súdwest-Fryslân wachten op een reëel besluit. Meer."))
                .isEqualTo("Cliënten in Súdwest-Fryslân wachten op een reëel besluit.");
    }
}
