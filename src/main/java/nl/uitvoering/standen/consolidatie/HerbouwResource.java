package nl.uitvoering.standen.consolidatie;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.uitvoering.standen.api.ProbleemException;
import nl.uitvoering.standen.beveiliging.Audit;
import nl.uitvoering.standen.beveiliging.Gebruiker;
import nl.uitvoering.standen.beveiliging.Rollen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/herbouw-opdrachten")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer", description = "Bediening van de consolidatie")
@RolesAllowed(Rollen.BEHEER)
public class HerbouwResource {

    @Inject
    Herbouwer herbouwer;
    @Inject
    Gebruiker gebruiker;
    @Inject
    Audit audit;

    @POST
    @Operation(operationId = "herbouwStarten", summary = "Alle beelden opnieuw berekenen (beheer)",
            description = "Legt een herbouwopdracht vast. Een consolidatie-instantie berekent daarna elk beeld "
                    + "opnieuw uit de geconsolideerde Standen, oudste editie eerst, één editie per transactie: de "
                    + "beelden blijven intussen volledig. Valt die instantie uit, dan neemt een andere de opdracht "
                    + "over na de laatste editie die klaar was. Elke instantie neemt de opdracht aan.")
    @APIResponse(responseCode = "202", description = "De opdracht is vastgelegd; volg haar op de Location",
            content = @Content(schema = @Schema(implementation = Herbouwer.Opdracht.class)))
    public Response herbouw(UriInfo uri) {
        Herbouwer.Opdracht opdracht = herbouwer.bestel(gebruiker.subject());
        QuarkusTransaction.requiringNew().run(
                () -> audit.leg("herbouw gevraagd", "herbouw-opdrachten/" + opdracht.id(), null));
        return Response.accepted(opdracht)
                .location(uri.getAbsolutePathBuilder().path(Long.toString(opdracht.id())).build()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "herbouwOpvragen", summary = "Hoe ver een herbouwopdracht is (beheer)")
    @APIResponse(responseCode = "200", description = "De opdracht: open, bezig of klaar",
            content = @Content(schema = @Schema(implementation = Herbouwer.Opdracht.class)))
    public Herbouwer.Opdracht opdracht(@PathParam("id") long id) {
        return herbouwer.opdracht(id).orElseThrow(() -> ProbleemException.nietGevonden(
                "Herbouwopdracht " + id + " bestaat niet."));
    }
}
