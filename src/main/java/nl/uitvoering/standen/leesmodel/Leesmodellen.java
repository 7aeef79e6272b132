package nl.uitvoering.standen.leesmodel;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.uitvoering.standen.analyse.Analysekern;
import nl.uitvoering.standen.analyse.EditieBeeld;
import nl.uitvoering.standen.analyse.Ernst;
import nl.uitvoering.standen.analyse.KnelpuntTekst;
import nl.uitvoering.standen.analyse.Leerder;
import nl.uitvoering.standen.analyse.Leervoorbeeld;
import nl.uitvoering.standen.analyse.Leerset;
import nl.uitvoering.standen.analyse.Leesmodel;
import nl.uitvoering.standen.analyse.Taxonomie;
import nl.uitvoering.standen.analyse.TaxonomieLezer;
import nl.uitvoering.standen.api.ProbleemException;
import nl.uitvoering.standen.beeld.BeeldService;
import nl.uitvoering.standen.beveiliging.Audit;
import nl.uitvoering.standen.beveiliging.Gebruiker;
import nl.uitvoering.standen.review.Besluiten;
import nl.uitvoering.standen.stand.KnelpuntInhoud;
import nl.uitvoering.standen.stand.StandService;
import nl.uitvoering.standen.stand.StandVersieWeergave;

/**
 * The versions of the learned reader. Version 1 ships with the service; a retrain, asked for explicitly by beheer,
 * trains on the shipped training set ({@link Leerset#basis()}) plus every knelpunt whose themes the Stuurgroep
 * decided (moved,
 * confirmed or rejected), labelled with its themes in the reviewed picture, and stores the result as the next
 * version. The consolidator takes the newest version up at its next update; nothing retrains by itself.
 */
@ApplicationScoped
public class Leesmodellen {

    /** The version of the model that ships with the service, in {@code analyse/leesmodel.json}. */
    public static final int MEEGELEVERD = 1;
    private static final long HERTRAIN_SLOT = 0x4c4d_0001L;

    @Inject
    Besluiten besluiten;
    @Inject
    BeeldService beelden;
    @Inject
    StandService standen;
    @Inject
    Gebruiker gebruiker;
    @Inject
    Audit audit;

    private final Taxonomie taxonomie = TaxonomieLezer.standaard();

    /** The newest version: the shipped one until a retrain stored another. A cheap query, asked per update. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int huidigeVersie() {
        Object hoogste = Panache.getEntityManager().createQuery("select max(versie) from OpgeslagenLeesmodel")
                .getSingleResult();
        return hoogste == null ? MEEGELEVERD : (Integer) hoogste;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Leesmodel model(int versie) {
        if (versie == MEEGELEVERD) {
            return Leesmodel.standaard();
        }
        OpgeslagenLeesmodel opgeslagen = OpgeslagenLeesmodel.findById(versie);
        if (opgeslagen == null) {
            throw ProbleemException.nietGevonden("Leesmodel " + versie + " bestaat niet.");
        }
        return lees(opgeslagen.model);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LeesmodelWeergave> alle() {
        List<LeesmodelWeergave> alle = new ArrayList<>();
        alle.add(weergave(MEEGELEVERD, Leesmodel.standaard(), List.of(), "meegeleverd", null));
        OpgeslagenLeesmodel.<OpgeslagenLeesmodel>list("order by versie").forEach(o ->
                alle.add(weergave(o.versie, lees(o.model), List.of(), o.aangemaaktDoor, o.aangemaaktOp)));
        return alle;
    }

    /**
     * Trains the next version. Training (seconds) holds no transaction; storing does, under a lock, so that two
     * retrains at once each get a version of their own.
     */
    public LeesmodelWeergave hertrain() {
        List<Leervoorbeeld> voorbeelden = new ArrayList<>(Leerset.basis());
        List<LeesmodelWeergave.GeleerdBesluit> geleerd = new ArrayList<>();
        uitBesluiten(voorbeelden, geleerd);
        Leesmodel getraind = new Leerder(taxonomie, Analysekern.kenmerken(taxonomie)).train("nieuw", voorbeelden);
        String door = gebruiker.subject();
        return QuarkusTransaction.requiringNew().call(() -> {
            Panache.getEntityManager().createNativeQuery("select cast(pg_advisory_xact_lock(?1) as text)")
                    .setParameter(1, HERTRAIN_SLOT).getSingleResult();
            int versie = huidigeVersie() + 1;
            Leesmodel model = getraind.metVersie(String.valueOf(versie));
            OpgeslagenLeesmodel opgeslagen = new OpgeslagenLeesmodel();
            opgeslagen.versie = versie;
            opgeslagen.model = model.alsJson();
            opgeslagen.trainingsdataHash = model.trainingsdata().hash();
            opgeslagen.aantalVoorbeelden = model.trainingsdata().aantal();
            opgeslagen.aangemaaktDoor = door;
            opgeslagen.aangemaaktOp = Instant.now().truncatedTo(ChronoUnit.MICROS);
            opgeslagen.persist();
            audit.leg("leesmodel getraind", "leesmodellen/" + versie, versie);
            return weergave(versie, model, geleerd, door, opgeslagen.aangemaaktOp);
        });
    }

    /**
     * Every knelpunt the Stuurgroep decided about becomes one example: its text in the latest version of its
     * Stand, its known themes in the reviewed picture. A knelpunt no longer there (withdrawn Stand, fewer
     * knelpunten) teaches nothing.
     */
    private void uitBesluiten(List<Leervoorbeeld> voorbeelden, List<LeesmodelWeergave.GeleerdBesluit> geleerd) {
        Map<String, Besluiten.KnelpuntBesluit> laatstePerKnelpunt = new LinkedHashMap<>();
        besluiten.overKnelpunten().forEach(b -> laatstePerKnelpunt.put(
                b.jaar() + "/" + b.organisatie() + "/" + b.positie(), b));
        Map<Integer, EditieBeeld> beoordeeld = new LinkedHashMap<>();
        for (Besluiten.KnelpuntBesluit besluit : laatstePerKnelpunt.values()) {
            Optional<KnelpuntTekst> tekst = tekst(besluit);
            if (tekst.isEmpty()) {
                continue;
            }
            EditieBeeld beeld = beoordeeld.computeIfAbsent(besluit.jaar(), jaar -> beelden.beeld(jaar).inhoud());
            Set<String> themas = new TreeSet<>();
            beeld.themas().stream().filter(t -> taxonomie.kent(t.id()))
                    .filter(t -> t.knelpunten().stream().anyMatch(k -> k.organisatie().equals(besluit.organisatie())
                            && k.positie() == besluit.positie()))
                    .forEach(t -> themas.add(t.id()));
            voorbeelden.add(new Leervoorbeeld("besluit", besluit.organisatie(), tekst.get(), themas));
            geleerd.add(new LeesmodelWeergave.GeleerdBesluit(besluit.jaar(), besluit.organisatie(),
                    besluit.positie(), List.copyOf(themas), besluit.soort(), besluit.genomenDoor(),
                    besluit.genomenOp()));
        }
    }

    private Optional<KnelpuntTekst> tekst(Besluiten.KnelpuntBesluit besluit) {
        StandVersieWeergave stand;
        try {
            stand = standen.laatste(besluit.organisatie(), besluit.jaar());
        } catch (ProbleemException nietMeerDaar) {
            return Optional.empty();
        }
        List<KnelpuntInhoud> knelpunten = stand.inhoud().knelpunten();
        if (besluit.positie() >= knelpunten.size()) {
            return Optional.empty();
        }
        KnelpuntInhoud knelpunt = knelpunten.get(besluit.positie());
        // Declared themes are left out: the example teaches what the text says.
        return Optional.of(new KnelpuntTekst(besluit.positie(), knelpunt.titel(), knelpunt.omschrijving(),
                Ernst.vanCode(knelpunt.ernst()), List.of(), knelpunt.wetten()));
    }

    private static LeesmodelWeergave weergave(int versie, Leesmodel model, List<LeesmodelWeergave.GeleerdBesluit>
            geleerd, String door, Instant op) {
        return new LeesmodelWeergave(versie, model.trainingsdata().hash(), model.trainingsdata().aantal(),
                model.trainingsdata().perHerkomst(), model.themas().stream()
                .map(t -> new LeesmodelWeergave.Drempel(t.id(), t.drempel(), t.kruisvalidatieF1())).toList(),
                geleerd, door, op);
    }

    private static Leesmodel lees(String json) {
        try {
            return Leesmodel.lees(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Stored reading model is not readable", e);
        }
    }
}
