package nl.uitvoering.standen.consolidatie;

import nl.uitvoering.standen.beveiliging.Rollen;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.uitvoering.standen.api.ProbleemException;
import nl.uitvoering.standen.beveiliging.Audit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/herbouw-opdrachten")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer", description = "Bediening van de consolidatie")
public class HerbouwResource {

    /** Answer to a rebuild request. */
    public record HerbouwOpdracht(String status, String toelichting) {
    }

    @Inject
    StandGebeurtenisConsument consument;
    @Inject
    Audit audit;

    @POST
    @RolesAllowed(Rollen.BEHEER)
    @Operation(operationId = "herbouwStarten", summary = "Alle beelden opnieuw opbouwen uit het Kafka-topic (beheer)",
            description = "De consolidatie vergeet wat ze verwerkt heeft en leest het topic opnieuw vanaf het begin. "
                    + "Tijdens het herbouwen zijn de beelden onvolledig. Draai voor een herbouw één "
                    + "consolidatie-instantie.")
    @APIResponse(responseCode = "202", description = "De herbouw is gestart",
            content = @Content(schema = @Schema(implementation = HerbouwOpdracht.class)))
    @APIResponse(responseCode = "503", description = "Deze instantie consolideert niet")
    public Response herbouw() {
        if (!consument.vraagHerbouw()) {
            throw new ProbleemException(Response.Status.SERVICE_UNAVAILABLE,
                    "Deze instantie consolideert niet (consolidatie staat uit).");
        }
        QuarkusTransaction.requiringNew().run(() -> audit.leg("herbouw gestart", "herbouw-opdrachten", null));
        return Response.accepted(new HerbouwOpdracht("gestart",
                "Het topic wordt vanaf het begin opnieuw verwerkt; volg /api/v1/edities/{jaar}/themas.")).build();
    }
}
