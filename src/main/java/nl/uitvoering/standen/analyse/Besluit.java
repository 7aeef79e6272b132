package nl.uitvoering.standen.analyse;

/**
 * A decision of the Stuurgroep on the automatic picture. {@code soort} is hernoemen (naam, and omschrijving if
 * given), samenvoegen (thema into doelThema), verbergen, tonen, annoteren (notitie) or verplaatsen (the
 * knelpunt organisatie/positie from thema to doelThema, a new theme named naam if it does not exist: a split),
 * bevestigen or verwerpen (the reader's assignment of the knelpunt organisatie/positie to thema is right, or wrong).
 * Decisions about a knelpunt's themes are also what the reader learns from.
 */
public record Besluit(String soort, String thema, String doelThema, String organisatie, Integer positie,
                      String naam, String omschrijving, String notitie) {
}
