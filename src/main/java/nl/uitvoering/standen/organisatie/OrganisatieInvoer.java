package nl.uitvoering.standen.organisatie;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /organisaties}. */
public record OrganisatieInvoer(
        @NotNull @Size(min = 2, max = 64)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "moet kebab-case zijn (kleine letters, cijfers, '-')")
        String code,
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "mag geen stuurtekens bevatten")
        String naam,
        @NotNull @Pattern(regexp = "zbo|agentschap|rijksdienst|gemeente|overig",
                message = "moet zbo, agentschap, rijksdienst, gemeente of overig zijn")
        String soort) {
}
