package nl.uitvoering.standen.stand;

import nl.uitvoering.standen.beveiliging.Gebruiker;
import nl.uitvoering.standen.beveiliging.Rollen;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.uitvoering.standen.api.Pagina;
import nl.uitvoering.standen.api.PaginaVerzoek;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/edities/{jaar}/standen/{organisatie}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Rollen.INDIENER, Rollen.STUURGROEP})
@Tag(name = "Standen", description = "Indienen, herzien en intrekken van een Stand van de Uitvoering")
public class StandResource {

    @Inject
    StandService standen;
    @Inject
    Gebruiker gebruiker;

    @PUT
    @RolesAllowed(Rollen.INDIENER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "standIndienen", summary = "Een Stand indienen of herzien",
            description = "Elke geaccepteerde wijziging wordt een nieuwe, onveranderlijke versie. De eerste keer 201, "
                    + "daarna 200. Dezelfde inhoud opnieuw indienen maakt geen nieuwe versie. Met If-Match "
                    + "(de ETag van de laatst gelezen versie) geeft een verouderde versie 412.")
    @APIResponse(responseCode = "200", description = "Herzien, of ongewijzigd als de inhoud gelijk was; ETag is de versie",
            content = @Content(schema = @Schema(implementation = StandVersieWeergave.class)))
    @APIResponse(responseCode = "201", description = "Voor het eerst ingediend; Location wijst naar de Stand",
            content = @Content(schema = @Schema(implementation = StandVersieWeergave.class)))
    @APIResponse(responseCode = "409", description = "Het indieningsvenster van de editie is gesloten")
    @APIResponse(responseCode = "412", description = "If-Match noemt niet de laatste versie")
    @APIResponse(responseCode = "503", description = "Deze instantie neemt geen Standen in ontvangst")
    public Response dienIn(@PathParam("jaar") int jaar, @PathParam("organisatie") String organisatie,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid StandInhoud inhoud, UriInfo uri) {
        gebruiker.vereisSchrijfrechtOpStand(organisatie);
        StandService.Indiening indiening =
                standen.dienIn(organisatie, jaar, inhoud, VersieTag.verwachteVersie(ifMatch));
        StandVersieWeergave versie = indiening.versie();
        Response.ResponseBuilder antwoord = indiening.nieuweVersie() && versie.versie() == 1
                ? Response.created(uri.getAbsolutePath())
                : Response.ok();
        return antwoord.tag(VersieTag.van(versie.versie())).entity(versie).build();
    }

    @GET
    @Operation(operationId = "standOpvragen", summary = "De laatste versie van een Stand")
    @APIResponse(responseCode = "200", description = "De laatste versie; ETag is de versie",
            content = @Content(schema = @Schema(implementation = StandVersieWeergave.class)))
    public Response laatste(@PathParam("jaar") int jaar, @PathParam("organisatie") String organisatie) {
        gebruiker.vereisLeesrechtOpStand(organisatie);
        StandVersieWeergave versie = standen.laatste(organisatie, jaar);
        return Response.ok(versie).tag(VersieTag.van(versie.versie())).build();
    }

    @DELETE
    @RolesAllowed(Rollen.INDIENER)
    @Operation(operationId = "standIntrekken", summary = "Een Stand intrekken", description = "De geschiedenis blijft bewaard; het beeld laat de "
            + "Stand vallen.")
    @APIResponse(responseCode = "204", description = "Ingetrokken")
    @APIResponse(responseCode = "409", description = "Het indieningsvenster van de editie is gesloten")
    @APIResponse(responseCode = "412", description = "If-Match noemt niet de laatste versie")
    @APIResponse(responseCode = "503", description = "Deze instantie neemt geen Standen in ontvangst")
    public Response trekIn(@PathParam("jaar") int jaar, @PathParam("organisatie") String organisatie,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        gebruiker.vereisSchrijfrechtOpStand(organisatie);
        standen.trekIn(organisatie, jaar, VersieTag.verwachteVersie(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("/versies")
    @Operation(operationId = "versiesOpvragen", summary = "Alle versies van een Stand, oudste eerst")
    public Pagina<VersieSamenvatting> versies(@PathParam("jaar") int jaar,
                                              @PathParam("organisatie") String organisatie,
                                              @Valid @BeanParam PaginaVerzoek pagina, UriInfo uri) {
        gebruiker.vereisLeesrechtOpStand(organisatie);
        StandService.Versies versies = standen.versies(organisatie, jaar, pagina.pagina, pagina.paginaGrootte);
        return Pagina.uitgesneden(versies.pagina(), versies.totaal(), pagina, uri);
    }

    @GET
    @Path("/versies/{versie}")
    @Operation(operationId = "versieOpvragen", summary = "Eén versie van een Stand")
    @APIResponse(responseCode = "200", description = "De versie; ETag is de versie",
            content = @Content(schema = @Schema(implementation = StandVersieWeergave.class)))
    public Response versie(@PathParam("jaar") int jaar, @PathParam("organisatie") String organisatie,
                           @PathParam("versie") int versie) {
        gebruiker.vereisLeesrechtOpStand(organisatie);
        return Response.ok(standen.versie(organisatie, jaar, versie)).tag(VersieTag.van(versie)).build();
    }
}
