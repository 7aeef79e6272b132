package nl.uitvoering.standen.organisatie;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

@Path("/api/v1/organisaties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisaties", description = "De uitvoeringsorganisaties die een Stand indienen")
public class OrganisatieResource {

    @Inject
    OrganisatieService organisaties;

    @GET
    @Operation(summary = "Alle organisaties")
    public List<OrganisatieWeergave> alle() {
        return organisaties.alle();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Eén organisatie")
    public OrganisatieWeergave een(@PathParam("code") String code) {
        return organisaties.zoek(code)
                .orElseThrow(() -> ProbleemException.nietGevonden("Organisatie '" + code + "' bestaat niet."));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een organisatie toevoegen (beheer)")
    public Response voegToe(@NotNull @Valid OrganisatieInvoer invoer, UriInfo uri) {
        OrganisatieWeergave nieuw = organisaties.voegToe(invoer);
        return Response.created(uri.getAbsolutePathBuilder().path(nieuw.code()).build()).entity(nieuw).build();
    }
}
