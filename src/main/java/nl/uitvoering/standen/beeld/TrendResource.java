package nl.uitvoering.standen.beeld;

import nl.uitvoering.standen.beveiliging.Rollen;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.uitvoering.standen.analyse.EditieBeeld;
import nl.uitvoering.standen.analyse.Trend;
import nl.uitvoering.standen.analyse.TrendBerekening;
import nl.uitvoering.standen.api.ProbleemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/trends")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Rollen.STUURGROEP, Rollen.LEZER, Rollen.BEHEER})
@Tag(name = "Beeld")
public class TrendResource {

    @Inject
    BeeldService beelden;

    @GET
    @Operation(operationId = "trendsOpvragen", summary = "Thema's door de edities heen",
            description = "Per thema en editie het aandeel van de rapporterende organisaties dat het thema noemt, "
                    + "met een richting ten opzichte van de vorige editie in het bereik: nieuw (was afwezig, nu "
                    + "aanwezig), verdwenen (was aanwezig, nu afwezig), stijgend (aandeel minstens "
                    + TrendBerekening.DREMPEL_PROCENTPUNTEN + " procentpunt hoger), dalend (minstens "
                    + TrendBerekening.DREMPEL_PROCENTPUNTEN + " procentpunt lager), anders stabiel. De richting "
                    + "van een thema als geheel vergelijkt de eerste en de laatste editie van het bereik.")
    public TrendOverzicht trends(@QueryParam("vanaf") Integer vanaf, @QueryParam("tot") Integer tot) {
        int van = vanaf == null ? 0 : vanaf;
        int totEnMet = tot == null ? 9999 : tot;
        if (van > totEnMet) {
            throw ProbleemException.ongeldig("vanaf (" + van + ") ligt na tot (" + totEnMet + ").");
        }
        List<EditieBeeld> reeks = beelden.beelden(van, totEnMet);
        Trend trend = TrendBerekening.bereken(reeks);
        return new TrendOverzicht(reeks.isEmpty() ? van : reeks.get(0).jaar(),
                reeks.isEmpty() ? totEnMet : reeks.get(reeks.size() - 1).jaar(),
                TrendBerekening.DREMPEL_PROCENTPUNTEN, trend.edities(), trend.themas());
    }
}
