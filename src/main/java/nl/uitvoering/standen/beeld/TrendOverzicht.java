package nl.uitvoering.standen.beeld;

import java.util.List;
import nl.uitvoering.standen.analyse.Trend;

/** Response of {@code GET /trends}. */
public record TrendOverzicht(int vanaf, int tot, int drempelProcentpunten, List<Trend.EditieTelling> edities,
                             List<Trend.ThemaTrend> themas) {
}
