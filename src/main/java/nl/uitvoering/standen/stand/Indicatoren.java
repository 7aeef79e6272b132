package nl.uitvoering.standen.stand;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/** A few figures that put a Stand in context; all optional. */
public record Indicatoren(
        @PositiveOrZero @Max(1_000_000) Integer fteBezetting,
        @PositiveOrZero @Max(1_000_000) Integer openVacatures,
        @DecimalMin("15") @DecimalMax("80") Double gemiddeldeLeeftijd,
        @PositiveOrZero @Max(1_000_000_000) Long werkvoorraad,
        @DecimalMin("1") @DecimalMax("10") Double klanttevredenheid) {
}
