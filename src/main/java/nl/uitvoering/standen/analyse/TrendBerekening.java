package nl.uitvoering.standen.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes trends from the pictures of consecutive editions. The rule, also stated in the API documentation:
 * against the previous edition a theme is <em>nieuw</em> when it was absent and is present, <em>verdwenen</em>
 * when it was present and is absent, <em>stijgend</em> when its share of reporting organisations rose by at
 * least {@value #DREMPEL_PROCENTPUNTEN} percentage points, <em>dalend</em> when it fell by at least as much,
 * and <em>stabiel</em> otherwise. The catch-all "overig" is no theme and has no trend.
 */
public final class TrendBerekening {

    public static final int DREMPEL_PROCENTPUNTEN = 10;
    private static final double DREMPEL = DREMPEL_PROCENTPUNTEN / 100.0;

    private TrendBerekening() {
    }

    public static Trend bereken(List<EditieBeeld> beelden) {
        List<EditieBeeld> opVolgorde = beelden.stream().sorted(Comparator.comparingInt(EditieBeeld::jaar)).toList();
        Map<String, EditieBeeld.ThemaBeeld> laatsteVorm = new TreeMap<>();
        for (EditieBeeld beeld : opVolgorde) {
            beeld.themas().stream().filter(t -> Taxonomie.telt(t.id()))
                    .forEach(t -> laatsteVorm.put(t.id(), t));
        }
        List<Trend.ThemaTrend> themas = new ArrayList<>();
        for (EditieBeeld.ThemaBeeld thema : laatsteVorm.values()) {
            List<Trend.Meting> reeks = new ArrayList<>();
            Trend.Meting vorige = null;
            for (EditieBeeld beeld : opVolgorde) {
                Trend.Meting meting = meting(beeld, thema.id(), vorige);
                reeks.add(meting);
                vorige = meting;
            }
            String richting = reeks.size() < 2 ? null : richting(reeks.get(0), reeks.get(reeks.size() - 1));
            themas.add(new Trend.ThemaTrend(thema.id(), thema.naam(), thema.soort(), richting, reeks));
        }
        themas.sort(Comparator.comparingInt((Trend.ThemaTrend t) -> -t.reeks().get(t.reeks().size() - 1)
                        .aantalOrganisaties())
                .thenComparing(Trend.ThemaTrend::id));
        return new Trend(opVolgorde.stream()
                .map(b -> new Trend.EditieTelling(b.jaar(), b.aantalOrganisaties())).toList(), themas);
    }

    private static Trend.Meting meting(EditieBeeld beeld, String themaId, Trend.Meting vorige) {
        Map<String, EditieBeeld.ThemaBeeld> perId = new LinkedHashMap<>();
        beeld.themas().forEach(t -> perId.put(t.id(), t));
        EditieBeeld.ThemaBeeld thema = perId.get(themaId);
        int aantal = thema == null ? 0 : thema.aantalOrganisaties();
        double aandeel = beeld.aantalOrganisaties() == 0 ? 0
                : Math.round(1000.0 * aantal / beeld.aantalOrganisaties()) / 1000.0;
        Trend.Meting zonderRichting = new Trend.Meting(beeld.jaar(), aantal, aandeel, null);
        return new Trend.Meting(beeld.jaar(), aantal, aandeel,
                vorige == null ? null : richting(vorige, zonderRichting));
    }

    static String richting(Trend.Meting van, Trend.Meting naar) {
        if (van.aantalOrganisaties() == 0 && naar.aantalOrganisaties() == 0) {
            return "stabiel";
        }
        if (van.aantalOrganisaties() == 0) {
            return "nieuw";
        }
        if (naar.aantalOrganisaties() == 0) {
            return "verdwenen";
        }
        double verschil = naar.aandeel() - van.aandeel();
        if (verschil >= DREMPEL - 1e-9) {
            return "stijgend";
        }
        if (verschil <= -DREMPEL + 1e-9) {
            return "dalend";
        }
        return "stabiel";
    }
}
