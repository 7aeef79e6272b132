package nl.uitvoering.standen.editie;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /edities}. */
public record EditieInvoer(
        @NotNull @Min(2000) @Max(2100) Integer jaar,
        @NotNull Instant indienenVanaf,
        @NotNull Instant indienenTot) {

    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "indienenVanaf moet voor indienenTot liggen")
    public boolean isVensterGeldig() {
        return indienenVanaf == null || indienenTot == null || indienenVanaf.isBefore(indienenTot);
    }
}
