package nl.uitvoering.standen.organisatie;

import nl.uitvoering.standen.beveiliging.Rollen;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.uitvoering.standen.api.Pagina;
import nl.uitvoering.standen.api.PaginaVerzoek;
import nl.uitvoering.standen.api.ProbleemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organisaties")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Rollen.INDIENER, Rollen.STUURGROEP, Rollen.LEZER, Rollen.BEHEER})
@Tag(name = "Organisaties", description = "De uitvoeringsorganisaties die een Stand indienen")
public class OrganisatieResource {

    @Inject
    OrganisatieService organisaties;

    @GET
    @Operation(operationId = "organisatiesOpvragen", summary = "Alle organisaties", description = "Op code gesorteerd, per pagina. Ondersteunt If-None-Match.")
    public Pagina<OrganisatieWeergave> alle(@Valid @BeanParam PaginaVerzoek pagina, UriInfo uri) {
        return Pagina.van(organisaties.alle(), pagina, uri);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "organisatieOpvragen", summary = "Eén organisatie")
    @APIResponse(responseCode = "200", description = "De organisatie")
    public OrganisatieWeergave een(@PathParam("code") String code) {
        return organisaties.zoek(code)
                .orElseThrow(() -> ProbleemException.nietGevonden("Organisatie '" + code + "' bestaat niet."));
    }

    @POST
    @RolesAllowed(Rollen.BEHEER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "organisatieToevoegen", summary = "Een organisatie toevoegen (beheer)")
    @APIResponse(responseCode = "201", description = "Toegevoegd; Location wijst naar de organisatie",
            content = @Content(schema = @Schema(implementation = OrganisatieWeergave.class)))
    @APIResponse(responseCode = "409", description = "Er is al een organisatie met deze code")
    public Response voegToe(@NotNull @Valid OrganisatieInvoer invoer, UriInfo uri) {
        OrganisatieWeergave nieuw = organisaties.voegToe(invoer);
        return Response.created(uri.getAbsolutePathBuilder().path(nieuw.code()).build()).entity(nieuw).build();
    }
}
