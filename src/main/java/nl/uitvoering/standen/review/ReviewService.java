package nl.uitvoering.standen.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.uitvoering.standen.analyse.EditieBeeld;
import nl.uitvoering.standen.api.ProbleemException;
import nl.uitvoering.standen.api.Vingerafdruk;
import nl.uitvoering.standen.beeld.BeeldService;
import nl.uitvoering.standen.beveiliging.Audit;
import nl.uitvoering.standen.beveiliging.Gebruiker;
import nl.uitvoering.standen.beveiliging.Rollen;
import nl.uitvoering.standen.consolidatie.GeconsolideerdeStanden;
import nl.uitvoering.standen.editie.Editie;
import nl.uitvoering.standen.editie.EditieSlot;
import nl.uitvoering.standen.stand.StandService;
import org.erdtman.jcs.JsonCanonicalizer;

/** The Stuurgroep's work: decisions on the picture, and adopting the Staat of an edition. */
@ApplicationScoped
public class ReviewService {

    @Inject
    BeeldService beelden;
    @Inject
    Audit audit;
    @Inject
    Gebruiker gebruiker;
    @Inject
    ObjectMapper json;
    @Inject
    EditieSlot slot;
    @Inject
    StandService standen;
    @Inject
    GeconsolideerdeStanden geconsolideerd;

    @Transactional
    public BesluitWeergave neem(int jaar, BesluitInvoer invoer) {
        vereisOnvastgesteld(slot.voorWijziging(jaar), jaar);
        vereisBestaandOnderwerp(jaar, invoer);
        BesluitRegel regel = new BesluitRegel();
        regel.jaar = jaar;
        regel.soort = invoer.soort();
        regel.thema = invoer.thema();
        regel.doelThema = invoer.doelThema();
        regel.organisatie = invoer.organisatie();
        regel.positie = invoer.positie();
        regel.naam = invoer.naam();
        regel.omschrijving = invoer.omschrijving();
        regel.notitie = invoer.notitie();
        regel.genomenDoor = gebruiker.subject();
        regel.genomenOp = Instant.now().truncatedTo(ChronoUnit.MICROS);
        regel.persist();
        audit.leg("besluit " + regel.soort, "edities/" + jaar + "/themas/" + regel.thema, null);
        return BesluitWeergave.van(regel);
    }

    /**
     * A decision is about what the Stuurgroep sees: a theme of the reviewed picture, a knelpunt in that theme, a
     * merge into another existing theme. A decision about nothing would be stored and silently do nothing.
     */
    private void vereisBestaandOnderwerp(int jaar, BesluitInvoer invoer) {
        EditieBeeld beeld = beelden.beeld(jaar).inhoud();
        EditieBeeld.ThemaBeeld thema = beeld.themas().stream().filter(t -> t.id().equals(invoer.thema()))
                .findFirst().orElseThrow(() -> ProbleemException.ongeldig("Het beeld van editie " + jaar
                        + " heeft geen thema '" + invoer.thema() + "'."));
        if (invoer.doelThema() != null && invoer.doelThema().equals(invoer.thema())) {
            throw ProbleemException.ongeldig("Een thema kan niet in zichzelf opgaan of naar zichzelf verplaatst worden.");
        }
        if ("samenvoegen".equals(invoer.soort())
                && beeld.themas().stream().noneMatch(t -> t.id().equals(invoer.doelThema()))) {
            throw ProbleemException.ongeldig("Het beeld van editie " + jaar + " heeft geen thema '"
                    + invoer.doelThema() + "' om mee samen te voegen.");
        }
        if (invoer.organisatie() != null && invoer.positie() != null && thema.knelpunten().stream()
                .noneMatch(k -> k.organisatie().equals(invoer.organisatie()) && k.positie() == invoer.positie())) {
            throw ProbleemException.ongeldig("Thema '" + invoer.thema() + "' heeft geen knelpunt "
                    + invoer.positie() + " van '" + invoer.organisatie() + "'.");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BesluitWeergave> besluiten(int jaar) {
        bestaandeEditie(jaar);
        return BesluitRegel.vanEditie(jaar).stream().map(BesluitWeergave::van).toList();
    }

    @Transactional
    public VaststellingWeergave stelVast(int jaar) {
        Editie editie = slot.voorVaststelling(jaar);
        vereisOnvastgesteld(editie, jaar);
        List<GeconsolideerdeStanden.Verwerkt> verwerkt = vereisNietsOnderweg(jaar);
        // The public Staat names the Stuurgroep, not its members' logins; the audit trail keeps who it was.
        List<BesluitWeergave> besluiten = besluiten(jaar).stream().map(b -> new BesluitWeergave(b.id(), b.jaar(),
                b.soort(), b.thema(), b.doelThema(), b.organisatie(), b.positie(), b.naam(), b.omschrijving(),
                b.notitie(), Rollen.STUURGROEP, b.genomenOp())).toList();
        VastgesteldeStaat staat = new VastgesteldeStaat(beelden.beeld(jaar).inhoud(), besluiten,
                verwerkt.stream().filter(v -> !v.ingetrokken())
                        .map(v -> new VastgesteldeStaat.StandVersieVerwijzing(v.organisatie(), v.versie())).toList());
        Vaststelling vaststelling = new Vaststelling();
        vaststelling.jaar = jaar;
        vaststelling.staat = schrijf(staat);
        vaststelling.inhoudHash = Vingerafdruk.sha256(canoniek(vaststelling.staat));
        vaststelling.hashMethode = Vaststelling.RFC8785;
        vaststelling.vastgesteldDoor = gebruiker.subject();
        vaststelling.vastgesteldOp = Instant.now().truncatedTo(ChronoUnit.MICROS);
        vaststelling.persist();
        editie.vastgesteld = true;
        audit.leg("vastgesteld", "edities/" + jaar + "/vaststelling", null);
        return weergave(vaststelling);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VaststellingWeergave> vaststelling(int jaar) {
        return Vaststelling.<Vaststelling>findByIdOptional(jaar).map(this::weergave);
    }

    /**
     * The stored Staat in its RFC 8785 canonical form: whoever fetches it can check the adopted hash with any
     * SHA-256 tool, from what the database holds and not from what the service says.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<byte[]> canoniekeStaat(int jaar) {
        return Vaststelling.<Vaststelling>findByIdOptional(jaar).map(vaststelling -> canoniek(vaststelling.staat));
    }

    private static byte[] canoniek(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedUTF8();
        } catch (IOException e) {
            throw new IllegalStateException("The Staat is not canonicalisable JSON", e);
        }
    }

    private VaststellingWeergave weergave(Vaststelling vaststelling) {
        return new VaststellingWeergave(vaststelling.jaar, Rollen.STUURGROEP, vaststelling.vastgesteldOp,
                vaststelling.inhoudHash, vaststelling.hashMethode, VastgesteldeStaat.lees(json, vaststelling.staat));
    }

    /**
     * The Staat may only freeze what intake accepted: every organisation's latest accepted version must be the one
     * the consolidator applied, and no accepted change may still wait in the outbox. Otherwise it names what is
     * still in flight, so the Stuurgroep can adopt once the picture has caught up.
     */
    private List<GeconsolideerdeStanden.Verwerkt> vereisNietsOnderweg(int jaar) {
        List<GeconsolideerdeStanden.Verwerkt> verwerkt = geconsolideerd.verwerkteVersies(jaar);
        Map<String, Integer> verwerkteVersies = verwerkt.stream().collect(
                Collectors.toMap(GeconsolideerdeStanden.Verwerkt::organisatie, GeconsolideerdeStanden.Verwerkt::versie));
        List<String> onderweg = new TreeMap<>(standen.laatsteVersies(jaar)).entrySet().stream()
                .filter(aanvaard -> !aanvaard.getValue().equals(verwerkteVersies.get(aanvaard.getKey())))
                .map(aanvaard -> aanvaard.getKey() + " (aanvaard: versie " + aanvaard.getValue() + ", verwerkt: "
                        + Optional.ofNullable(verwerkteVersies.get(aanvaard.getKey())).map(v -> "versie " + v)
                                .orElse("nog niets") + ")")
                .toList();
        long ongepubliceerd = standen.ongepubliceerd(jaar);
        if (!onderweg.isEmpty() || ongepubliceerd > 0) {
            throw ProbleemException.conflict("De Staat van editie " + jaar + " kan nog niet worden vastgesteld: "
                    + "niet alles wat is aanvaard staat al in het beeld. "
                    + (onderweg.isEmpty() ? "" : "Nog onderweg: " + String.join(", ", onderweg) + ". ")
                    + (ongepubliceerd == 0 ? "" : ongepubliceerd + " aanvaarde wijziging(en) wachten op publicatie. ")
                    + "Probeer het opnieuw zodra het beeld bij is.");
        }
        return verwerkt;
    }

    private static void vereisOnvastgesteld(Editie editie, int jaar) {
        if (editie == null) {
            throw ProbleemException.nietGevonden("Editie " + jaar + " bestaat niet.");
        }
        if (editie.vastgesteld) {
            throw ProbleemException.conflict("De Staat van editie " + jaar + " is vastgesteld en verandert niet meer.");
        }
    }

    private static void bestaandeEditie(int jaar) {
        if (Editie.findById(jaar) == null) {
            throw ProbleemException.nietGevonden("Editie " + jaar + " bestaat niet.");
        }
    }

    private String schrijf(Object staat) {
        try {
            return json.writeValueAsString(staat);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the Staat", e);
        }
    }
}
