package nl.uitvoering.standen.beveiliging;

import java.time.Instant;

/** One line of the audit trail as the API shows it. */
public record AuditWeergave(long id, Instant tijdstip, String subject, String organisatie, String rollen,
                            String actie, String resource, Integer versie, String verzoekId) {

    static AuditWeergave van(AuditRegel regel) {
        return new AuditWeergave(regel.id, regel.tijdstip, regel.subject, regel.organisatie, regel.rollen,
                regel.actie, regel.resource, regel.versie, regel.verzoekId);
    }
}
