package nl.uitvoering.standen.beveiliging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.uitvoering.standen.api.Pagina;
import nl.uitvoering.standen.api.PaginaVerzoek;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit-regels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer")
public class AuditResource {

    @Inject
    Audit audit;

    @GET
    @RolesAllowed({Rollen.STUURGROEP, Rollen.BEHEER})
    @Operation(operationId = "auditRegelsOpvragen", summary = "Het audit-spoor: elke schrijfactie, nieuwste eerst",
            description = "Wie (subject, organisatie, rollen), wanneer, wat (actie, resource, versie) en vanuit "
                    + "welk verzoek (X-Request-ID). Alleen voor de Stuurgroep en beheer.")
    public Pagina<AuditWeergave> alle(@Valid @BeanParam PaginaVerzoek pagina, UriInfo uri) {
        return audit.pagina(pagina, uri);
    }
}
