package nl.uitvoering.standen.beveiliging;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.core.UriInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;
import nl.uitvoering.standen.api.Pagina;
import nl.uitvoering.standen.api.PaginaVerzoek;

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

    /** One page, newest first, cut out by the database: the trail only grows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Pagina<AuditWeergave> pagina(PaginaVerzoek verzoek, UriInfo uri) {
        List<AuditWeergave> regels = AuditRegel.<AuditRegel>findAll(Sort.descending("id"))
                .page(Page.of(verzoek.pagina - 1, verzoek.paginaGrootte)).list()
                .stream().map(AuditWeergave::van).toList();
        return Pagina.uitgesneden(regels, AuditRegel.count(), verzoek, uri);
    }
}
