package nl.uitvoering.standen.stand;

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

    static final String KEBAB = "[a-z0-9]+(-[a-z0-9]+)*";
    /** Text without control characters, so nothing invisible (or unstorable, such as NUL) enters a Stand. */
    static final String EEN_REGEL = "[^\\p{Cntrl}]*";
    static final String EEN_REGEL_MELDING = "mag geen regeleinden of andere stuurtekens bevatten";
    /** Like {@link #EEN_REGEL}, but line breaks and tabs are allowed. */
    static final String TEKST = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    static final String TEKST_MELDING = "mag geen stuurtekens bevatten (regeleinden en tabs wel)";
    static final String KEBAB_MELDING = "moet kebab-case zijn (kleine letters, cijfers, '-')";

    public KnelpuntInhoud {
        themas = themas == null ? List.of() : themas;
        wetten = wetten == null ? List.of() : wetten;
        doelgroepen = doelgroepen == null ? List.of() : doelgroepen;
    }
}
