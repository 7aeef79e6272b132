package nl.uitvoering.standen.review;

import java.time.Instant;

/** A decision as the API shows it. */
public record BesluitWeergave(long id, int jaar, String soort, String thema, String doelThema, String organisatie,
                              Integer positie, String naam, String omschrijving, String notitie, String genomenDoor,
                              Instant genomenOp) {

    static BesluitWeergave van(BesluitRegel regel) {
        return new BesluitWeergave(regel.id, regel.jaar, regel.soort, regel.thema, regel.doelThema,
                regel.organisatie, regel.positie, regel.naam, regel.omschrijving, regel.notitie, regel.genomenDoor,
                regel.genomenOp);
    }
}
