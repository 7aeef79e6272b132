package nl.uitvoering.standen.analyse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the Stuurgroep's decisions, in the order they were taken, to the automatic picture. Because they are
 * applied anew to every recomputed picture, a merged theme stays merged and a renamed one keeps its name when new
 * Standen arrive. A decision about a theme or knelpunt that is not (or no longer) in the picture does nothing.
 */
public final class Beoordeling {

    private Beoordeling() {
    }

    public static EditieBeeld pasToe(EditieBeeld automatisch, List<Besluit> besluiten, int minimumOrganisaties) {
        if (besluiten.isEmpty()) {
            return automatisch;
        }
        Map<String, Thema> themas = new LinkedHashMap<>();
        automatisch.themas().forEach(t -> themas.put(t.id(), new Thema(t)));
        for (Besluit besluit : besluiten) {
            Thema thema = themas.get(besluit.thema());
            switch (besluit.soort()) {
                case "hernoemen" -> {
                    if (thema != null) {
                        thema.naam = besluit.naam();
                        if (besluit.omschrijving() != null) {
                            thema.omschrijving = besluit.omschrijving();
                        }
                        thema.besluiten.add("hernoemd tot '" + besluit.naam() + "'");
                    }
                }
                case "annoteren" -> {
                    if (thema != null) {
                        thema.notitie = besluit.notitie();
                        thema.besluiten.add("geannoteerd");
                    }
                }
                case "verbergen", "tonen" -> {
                    if (thema != null) {
                        thema.verborgen = besluit.soort().equals("verbergen");
                        thema.besluiten.add(thema.verborgen ? "verborgen" : "weer getoond");
                    }
                }
                case "samenvoegen" -> {
                    Thema doel = themas.get(besluit.doelThema());
                    if (thema != null && doel != null && thema != doel) {
                        thema.knelpunten.forEach(k -> doel.voegToe(k));
                        doel.besluiten.add("samengevoegd met '" + thema.naam + "'");
                        themas.remove(thema.id);
                    }
                }
                case "verplaatsen" -> verplaats(themas, thema, besluit);
                case "bevestigen" -> bevestig(thema, besluit);
                case "verwerpen" -> verwerp(themas, thema, besluit);
                default -> throw new IllegalArgumentException("Unknown decision: " + besluit.soort());
            }
        }
        List<EditieBeeld.ThemaBeeld> resultaat = new ArrayList<>();
        for (Thema thema : themas.values()) {
            if (!thema.verborgen && !thema.knelpunten.isEmpty()) {
                resultaat.add(BeeldBouwer.samengesteld(thema.id, thema.naam, thema.soort, thema.knelpunten,
                        automatisch.aantalOrganisaties(), minimumOrganisaties, thema.kenmerken, thema.besluiten,
                        thema.notitie, thema.omschrijving));
            }
        }
        resultaat.sort(BeeldBouwer.RANGORDE);
        return new EditieBeeld(automatisch.jaar(), automatisch.aantalOrganisaties(), automatisch.taxonomieVersie(),
                automatisch.leesmodel(), resultaat, automatisch.wetten());
    }

    private static void verplaats(Map<String, Thema> themas, Thema van, Besluit besluit) {
        if (van == null) {
            return;
        }
        EditieBeeld.KnelpuntInThema knelpunt = knelpuntIn(van, besluit);
        if (knelpunt == null) {
            return;
        }
        Thema naar = themas.computeIfAbsent(besluit.doelThema(), id -> new Thema(id,
                besluit.naam() == null ? id : besluit.naam()));
        van.knelpunten.remove(knelpunt);
        van.besluiten.add("knelpunt van " + knelpunt.organisatie() + " verplaatst naar '" + naar.naam + "'");
        naar.voegToe(new EditieBeeld.KnelpuntInThema(knelpunt.organisatie(), knelpunt.versie(), knelpunt.positie(),
                knelpunt.titel(), knelpunt.citaat(), knelpunt.ernst(), knelpunt.score(),
                List.of("door de Stuurgroep hier geplaatst")));
        naar.besluiten.add("knelpunt van " + knelpunt.organisatie() + " hierheen verplaatst");
    }

    private static EditieBeeld.KnelpuntInThema knelpuntIn(Thema thema, Besluit besluit) {
        if (thema == null) {
            return null;
        }
        return thema.knelpunten.stream()
                .filter(k -> k.organisatie().equals(besluit.organisatie()) && besluit.positie() != null
                        && k.positie() == besluit.positie())
                .findFirst().orElse(null);
    }

    /** The reader's assignment stands, now as the Stuurgroep's. */
    private static void bevestig(Thema thema, Besluit besluit) {
        EditieBeeld.KnelpuntInThema knelpunt = knelpuntIn(thema, besluit);
        if (knelpunt == null) {
            return;
        }
        List<String> redenen = new ArrayList<>(knelpunt.redenen());
        redenen.add("door de Stuurgroep bevestigd");
        thema.knelpunten.set(thema.knelpunten.indexOf(knelpunt), new EditieBeeld.KnelpuntInThema(
                knelpunt.organisatie(), knelpunt.versie(), knelpunt.positie(), knelpunt.titel(), knelpunt.citaat(),
                knelpunt.ernst(), knelpunt.score(), redenen));
        thema.besluiten.add("toewijzing van knelpunt van " + knelpunt.organisatie() + " bevestigd");
    }

    /** The reader was wrong: the knelpunt leaves the theme, and goes to overig if it is left in none. */
    private static void verwerp(Map<String, Thema> themas, Thema thema, Besluit besluit) {
        EditieBeeld.KnelpuntInThema knelpunt = knelpuntIn(thema, besluit);
        if (knelpunt == null) {
            return;
        }
        thema.knelpunten.remove(knelpunt);
        thema.besluiten.add("toewijzing van knelpunt van " + knelpunt.organisatie() + " verworpen");
        boolean elders = themas.values().stream().anyMatch(t -> knelpuntIn(t, besluit) != null);
        if (!elders) {
            Thema overig = themas.computeIfAbsent(Taxonomie.OVERIG, id -> new Thema(id, "Overig"));
            overig.voegToe(new EditieBeeld.KnelpuntInThema(knelpunt.organisatie(), knelpunt.versie(),
                    knelpunt.positie(), knelpunt.titel(), knelpunt.citaat(), knelpunt.ernst(), 0.0,
                    List.of("door de Stuurgroep uit '" + thema.naam + "' gehaald")));
        }
    }

    /** A theme while decisions are applied to it. */
    private static final class Thema {
        final String id;
        String naam;
        final String soort;
        final List<EditieBeeld.KnelpuntInThema> knelpunten;
        final List<String> kenmerken;
        final List<String> besluiten;
        String notitie;
        String omschrijving;
        boolean verborgen;

        Thema(EditieBeeld.ThemaBeeld automatisch) {
            id = automatisch.id();
            naam = automatisch.naam();
            soort = automatisch.soort();
            knelpunten = new ArrayList<>(automatisch.knelpunten());
            kenmerken = automatisch.kenmerken();
            besluiten = new ArrayList<>(automatisch.besluiten());
            notitie = automatisch.notitie();
            omschrijving = automatisch.omschrijving();
        }

        Thema(String id, String naam) {
            this.id = id;
            this.naam = naam;
            boolean overig = Taxonomie.OVERIG.equals(id);
            soort = overig ? "overig" : "besloten";
            knelpunten = new ArrayList<>();
            kenmerken = List.of();
            besluiten = new ArrayList<>(overig ? List.of() : List.of("door de Stuurgroep ingesteld"));
        }

        void voegToe(EditieBeeld.KnelpuntInThema knelpunt) {
            boolean alAanwezig = knelpunten.stream().anyMatch(k -> k.organisatie().equals(knelpunt.organisatie())
                    && k.positie() == knelpunt.positie());
            if (!alAanwezig) {
                knelpunten.add(knelpunt);
            }
        }
    }
}
