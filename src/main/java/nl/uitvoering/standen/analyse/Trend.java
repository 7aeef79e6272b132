package nl.uitvoering.standen.analyse;

import java.util.List;

/**
 * Themes across editions: per edition the share of reporting organisations that raise the theme, and a
 * direction against the previous edition in the range.
 */
public record Trend(List<EditieTelling> edities, List<ThemaTrend> themas) {

    public record EditieTelling(int jaar, int aantalOrganisaties) {
    }

    /** {@code richting} compares the first and the last edition of the range. */
    public record ThemaTrend(String id, String naam, String soort, String richting, List<Meting> reeks) {
    }

    /** {@code richting} compares with the previous edition; absent for the first edition of the range. */
    public record Meting(int jaar, int aantalOrganisaties, double aandeel, String richting) {
    }
}
