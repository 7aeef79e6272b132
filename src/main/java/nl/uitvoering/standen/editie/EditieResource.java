package nl.uitvoering.standen.editie;

import nl.uitvoering.standen.beveiliging.Rollen;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

@Path("/api/v1/edities")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Rollen.INDIENER, Rollen.STUURGROEP, Rollen.LEZER, Rollen.BEHEER})
@Tag(name = "Edities", description = "Rapportagerondes met hun indieningsvenster")
public class EditieResource {

    @Inject
    EditieService edities;

    @GET
    @Operation(operationId = "editiesOpvragen", summary = "Alle edities", description = "Op jaar gesorteerd, per pagina. Ondersteunt If-None-Match.")
    public Pagina<EditieWeergave> alle(@Valid @BeanParam PaginaVerzoek pagina, UriInfo uri) {
        return Pagina.van(edities.alle(), pagina, uri);
    }

    @GET
    @Path("/{jaar}")
    @Operation(operationId = "editieOpvragen", summary = "Eén editie")
    @APIResponse(responseCode = "200", description = "De editie")
    public EditieWeergave een(@PathParam("jaar") int jaar) {
        return edities.zoek(jaar)
                .orElseThrow(() -> ProbleemException.nietGevonden("Editie " + jaar + " bestaat niet."));
    }

    @POST
    @RolesAllowed(Rollen.BEHEER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editieToevoegen", summary = "Een editie toevoegen (beheer)")
    @APIResponse(responseCode = "201", description = "Toegevoegd; Location wijst naar de editie",
            content = @Content(schema = @Schema(implementation = EditieWeergave.class)))
    @APIResponse(responseCode = "409", description = "Deze editie bestaat al")
    public Response voegToe(@NotNull @Valid EditieInvoer invoer, UriInfo uri) {
        EditieWeergave nieuw = edities.voegToe(invoer);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(nieuw.jaar())).build())
                .entity(nieuw).build();
    }

    @PATCH
    @RolesAllowed(Rollen.BEHEER)
    @Path("/{jaar}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "editieWijzigen", summary = "Het indieningsvenster van een editie wijzigen (beheer)",
            description = "Bijvoorbeeld om het venster te verlengen of te heropenen.")
    @APIResponse(responseCode = "200", description = "De gewijzigde editie")
    public EditieWeergave wijzig(@PathParam("jaar") int jaar, @NotNull EditieWijziging wijziging) {
        return edities.wijzig(jaar, wijziging);
    }
}
