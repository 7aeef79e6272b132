package nl.uitvoering.standen.review;

import jakarta.annotation.security.PermitAll;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
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
import nl.uitvoering.standen.beveiliging.Rollen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/edities/{jaar}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stuurgroep", description = "Besluiten over het beeld en het vaststellen van de Staat")
public class ReviewResource {

    @Inject
    ReviewService review;

    @POST
    @Path("/besluiten")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rollen.STUURGROEP)
    @Operation(operationId = "besluitNemen", summary = "Een besluit over het beeld nemen (Stuurgroep)",
            description = "hernoemen (naam), samenvoegen (thema in doelThema), verbergen, tonen, annoteren (notitie) "
                    + "of verplaatsen (het knelpunt organisatie/positie van thema naar doelThema; een nieuw "
                    + "doelThema met naam splitst een thema), bevestigen of verwerpen (de toewijzing van het knelpunt "
                    + "organisatie/positie aan thema klopt, of klopt niet; een verworpen knelpunt zonder ander thema "
                    + "gaat naar overig). Besluiten gelden ook voor later herberekende beelden. Besluiten over de "
                    + "thema's van een knelpunt worden voorbeelden waarvan de lezer leert bij de volgende hertraining "
                    + "(POST /api/v1/leesmodellen).")
    @APIResponse(responseCode = "201", description = "Het besluit",
            content = @Content(schema = @Schema(implementation = BesluitWeergave.class)))
    @APIResponse(responseCode = "409", description = "De editie is al vastgesteld, of nog niet alles wat is "
            + "aanvaard staat in het beeld")
    public Response neem(@PathParam("jaar") int jaar, @NotNull @Valid BesluitInvoer invoer, UriInfo uri) {
        BesluitWeergave besluit = review.neem(jaar, invoer);
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(besluit).build();
    }

    @GET
    @Path("/besluiten")
    @RolesAllowed({Rollen.STUURGROEP, Rollen.BEHEER})
    @Operation(operationId = "besluitenOpvragen", summary = "De besluiten over het beeld, in volgorde")
    public Pagina<BesluitWeergave> besluiten(@PathParam("jaar") int jaar, @Valid @BeanParam PaginaVerzoek pagina,
                                             UriInfo uri) {
        return Pagina.van(review.besluiten(jaar), pagina, uri);
    }

    @POST
    @Path("/vaststelling")
    @RolesAllowed(Rollen.STUURGROEP)
    @Operation(operationId = "staatVaststellen", summary = "De Staat van een editie vaststellen (Stuurgroep)",
            description = "Bevriest het beoordeelde beeld, de besluiten en de Stand-versies waarop het rust, met "
                    + "een SHA-256 van precies die inhoud. Daarna weigert de editie Standen en besluiten (409). "
                    + "Kan alleen als elke aanvaarde Stand-versie al in het beeld is verwerkt; zo niet, dan noemt de "
                    + "409 wat nog onderweg is. Vaststellen en wijzigingen van de editie gaan nooit tegelijk.")
    @APIResponse(responseCode = "201", description = "De vastgestelde Staat",
            content = @Content(schema = @Schema(implementation = VaststellingWeergave.class)))
    @APIResponse(responseCode = "409", description = "De editie is al vastgesteld, of nog niet alles wat is "
            + "aanvaard staat in het beeld")
    public Response stelVast(@PathParam("jaar") int jaar, UriInfo uri) {
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(review.stelVast(jaar)).build();
    }

    @GET
    @Path("/vaststelling")
    @PermitAll
    @Operation(operationId = "vaststellingOpvragen", summary = "De vastgestelde Staat van een editie (openbaar)")
    public VaststellingWeergave vaststelling(@PathParam("jaar") int jaar) {
        return review.vaststelling(jaar).orElseThrow(() -> ProbleemException.nietGevonden(
                "De Staat van editie " + jaar + " is (nog) niet vastgesteld."));
    }

    @GET
    @Path("/vaststelling/staat")
    @PermitAll
    @Operation(operationId = "vastgesteldeStaatCanoniek", summary = "De vastgestelde Staat in canonieke vorm (openbaar)",
            description = "Precies de bytes waarvan inhoudHash de SHA-256 is (hashMethode sha256-rfc8785): de "
                    + "opgeslagen Staat in de canonieke JSON-vorm van RFC 8785. Controleer met elk SHA-256-programma; "
                    + "Repr-Digest (RFC 9530) draagt dezelfde hash.")
    @APIResponse(responseCode = "200", description = "De canonieke Staat",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VastgesteldeStaat.class)))
    public Response canoniekeStaat(@PathParam("jaar") int jaar) {
        byte[] staat = review.canoniekeStaat(jaar).orElseThrow(() -> ProbleemException.nietGevonden(
                "De Staat van editie " + jaar + " is (nog) niet vastgesteld."));
        return Response.ok(staat, MediaType.APPLICATION_JSON_TYPE)
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(sha256(staat)) + ":").build();
    }

    private static byte[] sha256(byte[] inhoud) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(inhoud);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
