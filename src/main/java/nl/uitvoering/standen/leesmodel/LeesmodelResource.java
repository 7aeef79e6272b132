package nl.uitvoering.standen.leesmodel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.uitvoering.standen.api.Pagina;
import nl.uitvoering.standen.api.PaginaVerzoek;
import nl.uitvoering.standen.beveiliging.Rollen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/leesmodellen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer", description = "Bediening van de consolidatie")
public class LeesmodelResource {

    @Inject
    Leesmodellen leesmodellen;

    @POST
    @RolesAllowed(Rollen.BEHEER)
    @Operation(operationId = "leesmodelHertrainen", summary = "De lezer opnieuw trainen (beheer)",
            description = "Traint een nieuwe versie van de lezer op het echte corpus (train en dev) en op elk "
                    + "knelpunt waarvan de Stuurgroep de thema's besliste (verplaatsen, bevestigen, verwerpen). "
                    + "De consolidatie leest vanaf haar volgende bijwerking met de nieuwste versie; start een herbouw "
                    + "om alle beelden ermee te lezen. Niets traint vanzelf.")
    @APIResponse(responseCode = "201", description = "De nieuwe versie",
            content = @Content(schema = @Schema(implementation = LeesmodelWeergave.class)))
    public Response hertrain(UriInfo uri) {
        LeesmodelWeergave model = leesmodellen.hertrain();
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(model).build();
    }

    @GET
    @RolesAllowed({Rollen.BEHEER, Rollen.STUURGROEP})
    @Operation(operationId = "leesmodellenOpvragen", summary = "De versies van de lezer, oudste eerst")
    public Pagina<LeesmodelWeergave> alle(@Valid @BeanParam PaginaVerzoek pagina, UriInfo uri) {
        return Pagina.van(leesmodellen.alle(), pagina, uri);
    }
}
