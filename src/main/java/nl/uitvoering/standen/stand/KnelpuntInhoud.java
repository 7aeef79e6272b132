package nl.uitvoering.standen.stand;

import static nl.uitvoering.standen.api.Invoerpatronen.EEN_REGEL;
import static nl.uitvoering.standen.api.Invoerpatronen.EEN_REGEL_MELDING;
import static nl.uitvoering.standen.api.Invoerpatronen.KEBAB;
import static nl.uitvoering.standen.api.Invoerpatronen.KEBAB_MELDING;
import static nl.uitvoering.standen.api.Invoerpatronen.TEKST;
import static nl.uitvoering.standen.api.Invoerpatronen.TEKST_MELDING;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One bottleneck in a Stand. Lists that are left out mean "none". */
public record KnelpuntInhoud(
        @NotBlank @Size(max = 200) @Pattern(regexp = EEN_REGEL, message = EEN_REGEL_MELDING) String titel,
        @NotBlank @Size(max = 5000) @Pattern(regexp = TEKST, message = TEKST_MELDING) String omschrijving,
        @NotNull @Pattern(regexp = "laag|gemiddeld|hoog|zeer-hoog",
                message = "moet laag, gemiddeld, hoog of zeer-hoog zijn")
        String ernst,
        @Size(max = 10) List<@NotNull @Size(max = 64) @Pattern(regexp = KEBAB, message = KEBAB_MELDING) String> themas,
        @Size(max = 30) List<@NotNull @Pattern(regexp = "BWBR\\d{7}",
                message = "moet een BWB-identificatie zijn, zoals BWBR0015703") String> wetten,
        @Size(max = 10) List<@NotNull @Size(max = 64) @Pattern(regexp = KEBAB, message = KEBAB_MELDING) String> doelgroepen,
        @Size(max = 2000) @Pattern(regexp = TEKST, message = TEKST_MELDING) String oplossingsrichting) {

    public KnelpuntInhoud {
        themas = themas == null ? List.of() : themas;
        wetten = wetten == null ? List.of() : wetten;
        doelgroepen = doelgroepen == null ? List.of() : doelgroepen;
    }
}
