package nl.uitvoering.standen.stand;

import nl.uitvoering.standen.beveiliging.Audit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.uitvoering.standen.api.ProbleemException;
import nl.uitvoering.standen.api.Vingerafdruk;
import nl.uitvoering.standen.editie.Editie;
import nl.uitvoering.standen.editie.EditieSlot;
import nl.uitvoering.standen.organisatie.Organisatie;
import nl.uitvoering.standen.outbox.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Intake: accepts, revises and withdraws Standen, each change a new version plus an outbox row in one transaction. */
@ApplicationScoped
public class StandService {

    @Inject
    Outbox outbox;
    @Inject
    Audit audit;
    @Inject
    ObjectMapper json;
    @Inject
    EditieSlot slot;
    @ConfigProperty(name = "standen.intake.enabled")
    boolean intakeActief;

    /** The outcome of a submission: the version that is now the latest, and whether this request created it. */
    public record Indiening(StandVersieWeergave versie, boolean nieuweVersie) {
    }

    @Transactional
    public Indiening dienIn(String organisatie, int jaar, StandInhoud inhoud, Optional<Integer> verwachteVersie) {
        vereisOpenVenster(organisatie, jaar);
        Stand stand = Stand.vergrendel(organisatie, jaar);
        controleerVersie(stand, verwachteVersie);
        String hash = hash(inhoud);
        Optional<StandVersie> laatste = StandVersie.zoek(stand, stand.laatsteVersie);
        if (laatste.isPresent() && !laatste.get().ingetrokken && hash.equals(laatste.get().inhoudHash)) {
            return new Indiening(laatste.get().weergave(), false);
        }
        StandVersie versie = nieuweVersie(stand, false);
        versie.samenvatting = inhoud.samenvatting();
        versie.indicatoren = inhoud.indicatoren();
        versie.inhoudHash = hash;
        List<KnelpuntInhoud> knelpunten = inhoud.knelpunten();
        for (int positie = 0; positie < knelpunten.size(); positie++) {
            versie.knelpunten.add(Knelpunt.van(versie, positie, knelpunten.get(positie)));
        }
        versie.persist();
        StandVersieWeergave weergave = versie.weergave();
        publiceer(StandGebeurtenis.INGEDIEND, weergave);
        audit.leg(versie.versie == 1 ? "ingediend" : "herzien", StandGebeurtenis.onderwerp(organisatie, jaar),
                versie.versie);
        return new Indiening(weergave, true);
    }

    @Transactional
    public void trekIn(String organisatie, int jaar, Optional<Integer> verwachteVersie) {
        vereisOpenVenster(organisatie, jaar);
        Stand stand = Stand.vergrendel(organisatie, jaar);
        boolean ingediend = StandVersie.zoek(stand, stand.laatsteVersie).filter(v -> !v.ingetrokken).isPresent();
        if (!ingediend) {
            throw ProbleemException.nietGevonden(
                    "Er is geen ingediende Stand van '" + organisatie + "' voor editie " + jaar + ".");
        }
        controleerVersie(stand, verwachteVersie);
        StandVersie intrekking = nieuweVersie(stand, true);
        intrekking.persist();
        publiceer(StandGebeurtenis.INGETROKKEN, intrekking.weergave());
        audit.leg("ingetrokken", StandGebeurtenis.onderwerp(organisatie, jaar), intrekking.versie);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StandVersieWeergave laatste(String organisatie, int jaar) {
        Stand stand = bestaandeStand(organisatie, jaar);
        StandVersie laatste = standVersie(organisatie, jaar, stand, stand.laatsteVersie);
        if (laatste.ingetrokken) {
            throw ProbleemException.nietGevonden("De Stand van '" + organisatie + "' voor editie " + jaar
                    + " is ingetrokken in versie " + laatste.versie + "; de eerdere versies staan onder /versies.");
        }
        return laatste.weergave();
    }

    /** The latest accepted version of every Stand of the edition, by organisation (a withdrawal is a version too). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Integer> laatsteVersies(int jaar) {
        return Stand.<Stand>list("jaar = ?1 and laatsteVersie > 0", jaar).stream()
                .collect(Collectors.toMap(stand -> stand.organisatie, stand -> stand.laatsteVersie));
    }

    /** How many accepted changes of the edition's Standen still wait in the outbox to be published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long ongepubliceerd(int jaar) {
        return outbox.wachtend(StandGebeurtenis.onderwerpenVan(jaar));
    }

    /** One page of a Stand's versions, oldest first, and how many there are: paged by the database. */
    public record Versies(List<VersieSamenvatting> pagina, long totaal) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versies versies(String organisatie, int jaar, int pagina, int paginaGrootte) {
        Stand stand = bestaandeStand(organisatie, jaar);
        return new Versies(StandVersie.samenvattingen(stand, (pagina - 1) * paginaGrootte, paginaGrootte),
                StandVersie.count("stand", stand));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StandVersieWeergave versie(String organisatie, int jaar, int versie) {
        return standVersie(organisatie, jaar, bestaandeStand(organisatie, jaar), versie).weergave();
    }

    private StandVersie standVersie(String organisatie, int jaar, Stand stand, int versie) {
        return StandVersie.zoek(stand, versie).orElseThrow(() -> ProbleemException.nietGevonden(
                "De Stand van '" + organisatie + "' voor editie " + jaar + " heeft geen versie " + versie + "."));
    }

    private Stand bestaandeStand(String organisatie, int jaar) {
        bestaandeEditie(jaar);
        bestaandeOrganisatie(organisatie);
        return Stand.zoek(organisatie, jaar).filter(s -> s.laatsteVersie > 0)
                .orElseThrow(() -> ProbleemException.nietGevonden(
                        "Er is geen Stand van '" + organisatie + "' voor editie " + jaar + "."));
    }

    private void vereisOpenVenster(String organisatie, int jaar) {
        if (!intakeActief) {
            throw new ProbleemException(Response.Status.SERVICE_UNAVAILABLE,
                    "Deze instantie neemt geen Standen in ontvangst (intake staat uit).");
        }
        Editie editie = slot.voorWijziging(jaar);
        if (editie == null) {
            throw ProbleemException.nietGevonden("Editie " + jaar + " bestaat niet.");
        }
        bestaandeOrganisatie(organisatie);
        if (editie.vastgesteld) {
            throw ProbleemException.conflict("De Staat van editie " + jaar + " is vastgesteld; Standen van deze "
                    + "editie veranderen niet meer.");
        }
        if (!editie.isOpenOp(Instant.now())) {
            throw ProbleemException.conflict("Het indieningsvenster van editie " + jaar + " is gesloten (open van "
                    + editie.indienenVanaf + " tot " + editie.indienenTot + ").");
        }
    }

    private static Editie bestaandeEditie(int jaar) {
        return Editie.<Editie>findByIdOptional(jaar)
                .orElseThrow(() -> ProbleemException.nietGevonden("Editie " + jaar + " bestaat niet."));
    }

    private static void bestaandeOrganisatie(String organisatie) {
        if (Organisatie.findById(organisatie) == null) {
            throw ProbleemException.nietGevonden("Organisatie '" + organisatie + "' bestaat niet.");
        }
    }

    private static void controleerVersie(Stand stand, Optional<Integer> verwachteVersie) {
        if (verwachteVersie.isPresent() && verwachteVersie.get() != stand.laatsteVersie) {
            throw ProbleemException.voorwaardeNietVervuld("If-Match verwacht versie " + verwachteVersie.get()
                    + ", maar de laatste versie is " + stand.laatsteVersie + ". Haal de Stand opnieuw op.");
        }
    }

    private static StandVersie nieuweVersie(Stand stand, boolean ingetrokken) {
        stand.laatsteVersie++;
        StandVersie versie = new StandVersie();
        versie.stand = stand;
        versie.versie = stand.laatsteVersie;
        versie.ingetrokken = ingetrokken;
        // Truncated to what PostgreSQL stores, so the response equals what a later read returns.
        versie.ingediendOp = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return versie;
    }

    private void publiceer(String type, StandVersieWeergave versie) {
        outbox.schrijf(StandGebeurtenis.id(versie.organisatie(), versie.jaar(), versie.versie()), type,
                versie.organisatie(), StandGebeurtenis.onderwerp(versie.organisatie(), versie.jaar()),
                StandGebeurtenisData.van(versie));
    }

    private String hash(StandInhoud inhoud) {
        try {
            return Vingerafdruk.sha256(json.writeValueAsBytes(inhoud));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash a Stand", e);
        }
    }
}
