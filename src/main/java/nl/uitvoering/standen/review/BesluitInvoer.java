package nl.uitvoering.standen.review;

import static nl.uitvoering.standen.api.Invoerpatronen.EEN_REGEL;
import static nl.uitvoering.standen.api.Invoerpatronen.KEBAB;
import static nl.uitvoering.standen.api.Invoerpatronen.TEKST;
import static nl.uitvoering.standen.api.Invoerpatronen.TEKST_MELDING;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /edities/{jaar}/besluiten}. */
public record BesluitInvoer(
        @NotNull @Pattern(regexp = "hernoemen|samenvoegen|verbergen|tonen|annoteren|verplaatsen|bevestigen|verwerpen",
                message = "moet hernoemen, samenvoegen, verbergen, tonen, annoteren, verplaatsen, bevestigen of "
                        + "verwerpen zijn")
        String soort,
        @NotNull @Size(max = 100) @Pattern(regexp = ID, message = ID_MELDING) String thema,
        @Size(max = 100) @Pattern(regexp = ID, message = ID_MELDING) String doelThema,
        @Size(max = 64) @Pattern(regexp = ID, message = "moet een organisatiecode zijn (kebab-case)")
        String organisatie,
        @Min(0) Integer positie,
        @Size(max = 200) @Pattern(regexp = EEN_REGEL, message = "mag geen stuurtekens bevatten") String naam,
        @Size(max = 2000) @Pattern(regexp = TEKST, message = TEKST_MELDING) String omschrijving,
        @Size(max = 4000) @Pattern(regexp = TEKST, message = TEKST_MELDING) String notitie) {

    static final String ID = KEBAB;
    static final String ID_MELDING = "moet een thema-id zijn (kebab-case)";

    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "hernoemen vraagt naam; annoteren notitie; samenvoegen doelThema; verplaatsen doelThema, "
            + "organisatie en positie; bevestigen en verwerpen organisatie en positie")
    public boolean isVolledig() {
        if (soort == null) {
            return true;
        }
        return switch (soort) {
            case "hernoemen" -> naam != null && !naam.isBlank();
            case "annoteren" -> notitie != null;
            case "samenvoegen" -> doelThema != null;
            case "verplaatsen" -> doelThema != null && organisatie != null && positie != null;
            case "bevestigen", "verwerpen" -> organisatie != null && positie != null;
            default -> true;
        };
    }
}
