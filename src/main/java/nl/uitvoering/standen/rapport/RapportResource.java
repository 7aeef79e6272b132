package nl.uitvoering.standen.rapport;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.uitvoering.standen.analyse.EditieBeeld;
import nl.uitvoering.standen.analyse.TrendBerekening;
import nl.uitvoering.standen.beeld.BeeldService;
import nl.uitvoering.standen.beveiliging.Gebruiker;
import nl.uitvoering.standen.beveiliging.Rollen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One resource, several formats: the client chooses with Accept. */
@Path("/api/v1/edities/{jaar}/rapport")
@PermitAll
@Tag(name = "Rapport", description = "Het beeld van een editie als rapport: JSON, CSV, Markdown of HTML")
public class RapportResource {

    public static final String CSV = "text/csv";
    public static final String MARKDOWN = "text/markdown";

    @Inject
    BeeldService beelden;
    @Inject
    Gebruiker gebruiker;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rapportOpvragen", summary = "Het rapport van een editie (concept of vastgesteld)",
            description = "Kies het formaat met Accept: application/json, text/csv (één regel per thema en "
                    + "organisatie), text/markdown of text/html (printbaar, met grafieken als SVG).")
    @APIResponse(responseCode = "200", description = "Het rapport in het gevraagde formaat", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditieBeeld.class)),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public EditieBeeld json(@PathParam("jaar") int jaar) {
        return beeld(jaar);
    }

    @GET
    @Produces(CSV + ";charset=UTF-8")
    @Operation(hidden = true)
    public String csv(@PathParam("jaar") int jaar) {
        return RapportSchrijver.csv(beeld(jaar));
    }

    @GET
    @Produces(MARKDOWN + ";charset=UTF-8")
    @Operation(hidden = true)
    public String markdown(@PathParam("jaar") int jaar) {
        return RapportSchrijver.markdown(beeld(jaar), beelden.isOpenbaar(jaar));
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(hidden = true)
    public String html(@PathParam("jaar") int jaar) {
        boolean openbaar = beelden.isOpenbaar(jaar);
        // The public report of an adopted edition shows adopted editions only: no draft of another edition.
        List<EditieBeeld> reeks = beelden.beelden(0, jaar).stream()
                .filter(beeld -> !openbaar || beelden.isOpenbaar(beeld.jaar())).toList();
        return RapportSchrijver.html(beeld(jaar), TrendBerekening.bereken(reeks), openbaar);
    }

    /** The adopted Staat when there is one (public), otherwise the reviewed draft (for reading roles). */
    private EditieBeeld beeld(int jaar) {
        if (!beelden.isOpenbaar(jaar)) {
            gebruiker.vereisEenVan(Rollen.STUURGROEP, Rollen.LEZER, Rollen.BEHEER);
        }
        return beelden.beeld(jaar).inhoud();
    }
}
