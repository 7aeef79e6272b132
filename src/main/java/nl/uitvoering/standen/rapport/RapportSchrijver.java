package nl.uitvoering.standen.rapport;

import java.util.List;
import java.util.Locale;
import nl.uitvoering.standen.analyse.EditieBeeld;
import nl.uitvoering.standen.analyse.Trend;

/**
 * Writes the picture of an edition as a report: CSV (one row per theme x organisation), Markdown, and HTML that
 * prints well, with the charts as inline SVG. Plain Java. Everything that came from a submitter is escaped.
 */
public final class RapportSchrijver {

    private static final int BALK_BREEDTE = 420;

    private RapportSchrijver() {
    }

    public static String csv(EditieBeeld beeld) {
        StringBuilder csv = new StringBuilder("thema,naam,soort,terugkerend,organisatie,aantalKnelpunten\r\n");
        for (EditieBeeld.ThemaBeeld thema : beeld.themas()) {
            for (String organisatie : thema.organisaties()) {
                long aantal = thema.knelpunten().stream().filter(k -> k.organisatie().equals(organisatie)).count();
                csv.append(String.join(",", csvVeld(thema.id()), csvVeld(thema.naam()), csvVeld(thema.soort()),
                        String.valueOf(thema.terugkerend()), csvVeld(organisatie), String.valueOf(aantal)))
                        .append("\r\n");
            }
        }
        return csv.toString();
    }

    public static String markdown(EditieBeeld beeld, boolean vastgesteld) {
        StringBuilder md = new StringBuilder("# Staat van de Uitvoering ").append(beeld.jaar())
                .append(vastgesteld ? " (vastgesteld)\n\n" : " (concept)\n\n").append(beeld.aantalOrganisaties()).append(" organisaties.\n\n")
                .append("| rang | thema | soort | organisaties | aandeel | terugkerend |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        int rang = 1;
        for (EditieBeeld.ThemaBeeld thema : beeld.themas()) {
            md.append("| ").append(rang++).append(" | ").append(mdVeld(thema.naam())).append(" | ")
                    .append(thema.soort()).append(" | ").append(thema.aantalOrganisaties()).append(" | ")
                    .append(procent(thema.aandeelOrganisaties())).append(" | ")
                    .append(thema.terugkerend() ? "ja" : "nee").append(" |\n");
        }
        for (EditieBeeld.ThemaBeeld thema : beeld.themas()) {
            md.append("\n## ").append(mdVeld(thema.naam())).append("\n\n");
            for (EditieBeeld.KnelpuntInThema knelpunt : thema.knelpunten()) {
                md.append("- **").append(mdVeld(knelpunt.organisatie())).append("**: ")
                        .append(mdVeld(knelpunt.titel())).append(" — ").append(mdVeld(knelpunt.citaat()))
                        .append('\n');
            }
        }
        return md.toString();
    }

    public static String html(EditieBeeld beeld, Trend trend, boolean vastgesteld) {
        String status = vastgesteld ? "vastgesteld" : "concept";
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="nl"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Staat van de Uitvoering %d (%s)</title>
                <style>
                body{font-family:"Rijksoverheid Sans",Verdana,sans-serif;color:#154273;max-width:60rem;margin:2rem auto;
                padding:0 1rem;line-height:1.5}
                h1,h2{color:#01689b}table{border-collapse:collapse;width:100%%}
                th,td{border-bottom:1px solid #8fcae7;text-align:left;padding:.3rem}
                blockquote{margin:.3rem 0 .3rem 1rem;color:#000}
                @media print{body{margin:0;max-width:none}section{break-inside:avoid}}
                </style></head><body>
                <h1>Staat van de Uitvoering %d <small>(%s)</small></h1>
                <p>%d organisaties. Thema's gerangschikt op het aantal organisaties dat ze noemt.</p>
                """.formatted(beeld.jaar(), status, beeld.jaar(), status, beeld.aantalOrganisaties()));
        html.append(balken(beeld));
        if (trend.edities().size() > 1) {
            html.append("<h2>Trend</h2>\n").append(lijnen(trend)).append(legenda(trend));
        }
        for (EditieBeeld.ThemaBeeld thema : beeld.themas()) {
            html.append("<section><h2>").append(escape(thema.naam())).append("</h2>\n<p>")
                    .append(thema.aantalOrganisaties()).append(" organisaties (")
                    .append(procent(thema.aandeelOrganisaties())).append(")")
                    .append(thema.terugkerend() ? ", terugkerend" : "").append(".</p>\n<ul>\n");
            for (EditieBeeld.KnelpuntInThema knelpunt : thema.knelpunten()) {
                html.append("<li><strong>").append(escape(knelpunt.organisatie())).append("</strong>: ")
                        .append(escape(knelpunt.titel())).append("<blockquote>")
                        .append(escape(knelpunt.citaat())).append("</blockquote></li>\n");
            }
            html.append("</ul></section>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    /** Themes by number of organisations, as horizontal bars. */
    static String balken(EditieBeeld beeld) {
        int hoogte = 24;
        int maximum = beeld.themas().stream().mapToInt(EditieBeeld.ThemaBeeld::aantalOrganisaties).max().orElse(1);
        StringBuilder svg = new StringBuilder("<svg role=\"img\" aria-label=\"Thema's naar aantal organisaties\" "
                + "width=\"760\" height=\"" + (beeld.themas().size() * hoogte + 10)
                + "\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"12\">\n");
        for (int i = 0; i < beeld.themas().size(); i++) {
            EditieBeeld.ThemaBeeld thema = beeld.themas().get(i);
            int breedte = Math.max(1, BALK_BREEDTE * thema.aantalOrganisaties() / Math.max(1, maximum));
            int y = i * hoogte + 5;
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(escape(kort(thema.naam())))
                    .append("</text><rect x=\"300\" y=\"").append(y).append("\" width=\"").append(breedte)
                    .append("\" height=\"18\" fill=\"#01689b\"/><text x=\"").append(305 + breedte).append("\" y=\"")
                    .append(y + 15).append("\">").append(thema.aantalOrganisaties()).append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** Share of reporting organisations per theme across editions, as lines. */
    static String lijnen(Trend trend) {
        List<Trend.EditieTelling> edities = trend.edities();
        int breedte = 600;
        int hoogte = 220;
        int stap = breedte / Math.max(1, edities.size() - 1);
        StringBuilder svg = new StringBuilder("<svg role=\"img\" aria-label=\"Trend van de thema's\" width=\"760\" "
                + "height=\"" + (hoogte + 40) + "\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"12\">\n");
        for (int i = 0; i < edities.size(); i++) {
            svg.append("<text x=\"").append(40 + i * stap).append("\" y=\"").append(hoogte + 30).append("\">")
                    .append(edities.get(i).jaar()).append("</text>\n");
        }
        for (int t = 0; t < trend.themas().size(); t++) {
            Trend.ThemaTrend thema = trend.themas().get(t);
            StringBuilder punten = new StringBuilder();
            for (int i = 0; i < thema.reeks().size(); i++) {
                punten.append(i == 0 ? "" : " ").append(40 + i * stap).append(',')
                        .append(String.format(Locale.ROOT, "%.1f", hoogte - thema.reeks().get(i).aandeel() * hoogte
                                + 10));
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(kleur(t))
                    .append("\" points=\"").append(punten).append("\"><title>").append(escape(thema.naam()))
                    .append("</title></polyline>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** Names each trend line with its colour, its direction and its share per edition. */
    static String legenda(Trend trend) {
        StringBuilder lijst = new StringBuilder("<ul class=\"legenda\">\n");
        for (int t = 0; t < trend.themas().size(); t++) {
            Trend.ThemaTrend thema = trend.themas().get(t);
            lijst.append("<li><span style=\"color:").append(kleur(t)).append("\">&#9632;</span> ")
                    .append(escape(thema.naam()));
            thema.reeks().forEach(meting -> lijst.append(" · ").append(meting.jaar()).append(": ")
                    .append(procent(meting.aandeel())));
            if (thema.richting() != null) {
                lijst.append(" (").append(thema.richting()).append(')');
            }
            lijst.append("</li>\n");
        }
        return lijst.append("</ul>\n").toString();
    }

    private static String kleur(int index) {
        String[] kleuren = {"#01689b", "#e17000", "#39870c", "#a90061", "#673327", "#007bc7", "#ca005d", "#42145f"};
        return kleuren[index % kleuren.length];
    }

    static String escape(String tekst) {
        StringBuilder veilig = new StringBuilder(tekst.length());
        for (char teken : tekst.toCharArray()) {
            switch (teken) {
                case '<' -> veilig.append("&lt;");
                case '>' -> veilig.append("&gt;");
                case '&' -> veilig.append("&amp;");
                case '"' -> veilig.append("&quot;");
                case '\'' -> veilig.append("&#39;");
                default -> veilig.append(teken);
            }
        }
        return veilig.toString();
    }

    /**
     * A quoted CSV field. A value that a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a
     * carriage return) gets a leading apostrophe, so that opening the report never runs what a submitter wrote.
     */
    static String csvVeld(String waarde) {
        boolean formule = !waarde.isEmpty() && "=+-@\t\r".indexOf(waarde.charAt(0)) >= 0;
        return "\"" + (formule ? "'" : "") + waarde.replace("\"", "\"\"") + "\"";
    }

    /**
     * Text from submitters and decisions as plain Markdown text: no table breaks, no HTML, and no link or image
     * syntax, so a report never links or loads what someone wrote.
     */
    static String mdVeld(String waarde) {
        StringBuilder veilig = new StringBuilder(waarde.length());
        for (char teken : waarde.toCharArray()) {
            switch (teken) {
                case '\\', '|', '[', ']', '(', ')', '!', '`', '*', '_' -> veilig.append('\\').append(teken);
                case '<' -> veilig.append("&lt;");
                case '>' -> veilig.append("&gt;");
                case '\n', '\r' -> veilig.append(' ');
                default -> veilig.append(teken);
            }
        }
        return veilig.toString();
    }

    private static String kort(String naam) {
        return naam.length() <= 45 ? naam : naam.substring(0, 44) + "…";
    }

    private static String procent(double aandeel) {
        return Math.round(aandeel * 100) + "%";
    }
}
