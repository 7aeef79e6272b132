package nl.uitvoering.standen.editie;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import nl.uitvoering.standen.api.ProbleemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/edities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Edities", description = "Rapportagerondes met hun indieningsvenster")
public class EditieResource {

    @Inject
    EditieService edities;

    @GET
    @Operation(summary = "Alle edities")
    public List<EditieWeergave> alle() {
        return edities.alle();
    }

    @GET
    @Path("/{jaar}")
    @Operation(summary = "Eén editie")
    public EditieWeergave een(@PathParam("jaar") int jaar) {
        return edities.zoek(jaar)
                .orElseThrow(() -> ProbleemException.nietGevonden("Editie " + jaar + " bestaat niet."));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een editie toevoegen (beheer)")
    public Response voegToe(@NotNull @Valid EditieInvoer invoer, UriInfo uri) {
        EditieWeergave nieuw = edities.voegToe(invoer);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(nieuw.jaar())).build())
                .entity(nieuw).build();
    }

    @PATCH
    @Path("/{jaar}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Het indieningsvenster van een editie wijzigen (beheer)",
            description = "Bijvoorbeeld om het venster te verlengen of te heropenen.")
    public EditieWeergave wijzig(@PathParam("jaar") int jaar, @NotNull EditieWijziging wijziging) {
        return edities.wijzig(jaar, wijziging);
    }
}
