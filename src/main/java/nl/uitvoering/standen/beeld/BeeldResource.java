package nl.uitvoering.standen.beeld;

import nl.uitvoering.standen.beveiliging.Gebruiker;
import nl.uitvoering.standen.beveiliging.Rollen;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import nl.uitvoering.standen.analyse.EditieBeeld;
import nl.uitvoering.standen.api.Pagina;
import nl.uitvoering.standen.api.PaginaVerzoek;
import nl.uitvoering.standen.api.ProbleemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/edities/{jaar}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Beeld", description = "Het geconsolideerde beeld van een editie: terugkerende thema's")
public class BeeldResource {

    @Inject
    BeeldService beelden;
    @Inject
    Gebruiker gebruiker;

    @GET
    @Path("/themas")
    @Operation(operationId = "themasOpvragen", summary = "De thema's van een editie, gerangschikt",
            description = "Gerangschikt op het aantal organisaties dat een thema noemt, dan op ernst. Een thema is "
                    + "terugkerend als ten minste twee organisaties het noemen. Ondersteunt If-None-Match.")
    @APIResponse(responseCode = "200", description = "Eén pagina van de gerangschikte thema's",
            content = @Content(schema = @Schema(implementation = ThemaOverzicht.class)))
    public Response themas(@PathParam("jaar") int jaar, @Valid @BeanParam PaginaVerzoek pagina, UriInfo uri,
                           Request verzoek) {
        BeeldService.Kop kop = leesbareKop(jaar);
        return gepagineerd(jaar, kop, pagina, verzoek, beeld -> {
            EditieBeeld inhoud = beeld.inhoud();
            Pagina<EditieBeeld.ThemaBeeld> deel = Pagina.van(inhoud.themas(), pagina, uri);
            return new ThemaOverzicht(jaar, inhoud.aantalOrganisaties(), inhoud.taxonomieVersie(),
                    inhoud.leesmodel(), beeld.opgeslagen().bijgewerktOp(), deel.elementen(), deel.paginering(),
                    deel.links());
        });
    }

    @GET
    @Path("/wetten")
    @Operation(operationId = "wettenOpvragen", summary = "De wetten (BWB-id's) van een editie, gerangschikt op het aantal organisaties dat ze noemt")
    @APIResponse(responseCode = "200", description = "Eén pagina van de gerangschikte wetten",
            content = @Content(schema = @Schema(implementation = WettenOverzicht.class)))
    public Response wetten(@PathParam("jaar") int jaar, @Valid @BeanParam PaginaVerzoek pagina, UriInfo uri,
                           Request verzoek) {
        BeeldService.Kop kop = leesbareKop(jaar);
        return gepagineerd(jaar, kop, pagina, verzoek, beeld -> {
            Pagina<EditieBeeld.WetBeeld> deel = Pagina.van(beeld.inhoud().wetten(), pagina, uri);
            return new WettenOverzicht(jaar, deel.elementen(), deel.paginering(), deel.links());
        });
    }

    /**
     * Answers a poll that changed nothing with 304 from the stored picture's tag alone, without reading the
     * picture; otherwise builds the page from it.
     */
    private Response gepagineerd(int jaar, BeeldService.Kop kop, PaginaVerzoek pagina, Request verzoek,
                                 Function<BeeldService.Beeld, Object> pagineer) {
        Response.ResponseBuilder nietGewijzigd = verzoek.evaluatePreconditions(etag(kop.etag(), pagina));
        if (nietGewijzigd != null) {
            return nietGewijzigd.build();
        }
        BeeldService.Beeld beeld = beelden.beeld(jaar);
        return Response.ok(pagineer.apply(beeld)).tag(etag(beeld.etag(), pagina)).build();
    }

    @GET
    @Path("/standen/{organisatie}/analyse")
    @Operation(operationId = "standAnalyseOpvragen", summary = "Hoe een Stand gelezen is",
            description = "Per knelpunt van de laatst verwerkte versie: de thema's die het kreeg, de score en waarom.")
    @APIResponse(responseCode = "200", description = "De lezing van de Stand",
            content = @Content(schema = @Schema(implementation = StandAnalyse.class)))
    @RolesAllowed({Rollen.INDIENER, Rollen.STUURGROEP, Rollen.LEZER})
    public Response analyse(@PathParam("jaar") int jaar, @PathParam("organisatie") String organisatie) {
        if (!gebruiker.rollen().contains(Rollen.LEZER)) {
            gebruiker.vereisLeesrechtOpStand(organisatie);
        }
        BeeldService.Beeld beeld = beelden.beeld(jaar);
        StandAnalyse analyse = StandAnalyse.uit(beeld.inhoud(), organisatie)
                .orElseThrow(() -> ProbleemException.nietGevonden("Het beeld van editie " + jaar
                        + " bevat (nog) geen Stand van '" + organisatie + "'."));
        return Response.ok(analyse).tag(new EntityTag(beeld.opgeslagen().etag())).build();
    }

    /** The edition's header, once the caller may read its picture: anyone when adopted, else a reading role. */
    private BeeldService.Kop leesbareKop(int jaar) {
        BeeldService.Kop kop = beelden.kop(jaar);
        if (!kop.openbaar()) {
            gebruiker.vereisEenVan(Rollen.STUURGROEP, Rollen.LEZER, Rollen.BEHEER);
        }
        return kop;
    }

    private static EntityTag etag(String beeldEtag, PaginaVerzoek pagina) {
        return new EntityTag(beeldEtag + "-" + pagina.pagina + "-" + pagina.paginaGrootte);
    }

    @GET
    @Path("/themas/{thema}")
    @Operation(operationId = "themaOpvragen", summary = "Eén thema met zijn knelpunten en waarom ze erin zitten")
    @APIResponse(responseCode = "200", description = "Het thema",
            content = @Content(schema = @Schema(implementation = EditieBeeld.ThemaBeeld.class)))
    public Response thema(@PathParam("jaar") int jaar, @PathParam("thema") String thema) {
        leesbareKop(jaar);
        BeeldService.Beeld beeld = beelden.beeld(jaar);
        EditieBeeld.ThemaBeeld gevonden = beeld.inhoud().themas().stream()
                .filter(t -> t.id().equals(thema)).findFirst()
                .orElseThrow(() -> ProbleemException.nietGevonden(
                        "Editie " + jaar + " heeft geen thema '" + thema + "'."));
        return Response.ok(gevonden).tag(new EntityTag(beeld.opgeslagen().etag())).build();
    }
}
