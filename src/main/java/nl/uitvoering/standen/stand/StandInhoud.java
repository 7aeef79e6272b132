package nl.uitvoering.standen.stand;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.uitvoering.standen.api.Invoerpatronen;

/** What an organisation writes in its Stand: the body of {@code PUT .../standen/{organisatie}}. */
public record StandInhoud(
        @Size(max = 4000) @Pattern(regexp = Invoerpatronen.TEKST, message = Invoerpatronen.TEKST_MELDING)
        String samenvatting,
        @NotEmpty(message = "moet minstens één knelpunt bevatten") @Size(max = 50)
        List<@NotNull @Valid KnelpuntInhoud> knelpunten,
        @Valid Indicatoren indicatoren) {
}
