package nl.uitvoering.standen.beveiliging;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;

/** Writes the audit trail in the transaction of the write it records, so that neither exists without the other. */
@ApplicationScoped
public class Audit {

    @Inject
    Gebruiker gebruiker;
    @Inject
    VerzoekId verzoekId;

    @Transactional(Transactional.TxType.MANDATORY)
    public void leg(String actie, String resource, Integer versie) {
        AuditRegel regel = new AuditRegel();
        regel.tijdstip = Instant.now().truncatedTo(ChronoUnit.MICROS);
        regel.subject = gebruiker.subject();
        regel.organisatie = gebruiker.organisatie().orElse(null);
        regel.rollen = String.join(",", new TreeSet<>(gebruiker.rollen()));
        regel.actie = actie;
        regel.resource = resource;
        regel.versie = versie;
        regel.verzoekId = verzoekId.waarde();
        regel.persist();
    }

    /** Newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditWeergave> alle() {
        return AuditRegel.<AuditRegel>listAll(Sort.descending("id")).stream().map(AuditWeergave::van).toList();
    }
}
