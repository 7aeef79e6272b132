package nl.uitvoering.standen.editie;

import jakarta.inject.Inject;
import nl.uitvoering.standen.beveiliging.Audit;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.uitvoering.standen.api.ProbleemException;

@ApplicationScoped
public class EditieService {

    @Inject
    Audit audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EditieWeergave> alle() {
        Instant nu = Instant.now();
        return Editie.<Editie>listAll(Sort.by("jaar")).stream().map(e -> EditieWeergave.van(e, nu)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EditieWeergave> zoek(int jaar) {
        return Editie.<Editie>findByIdOptional(jaar).map(e -> EditieWeergave.van(e, Instant.now()));
    }

    @Transactional
    public EditieWeergave voegToe(EditieInvoer invoer) {
        if (Editie.findById(invoer.jaar()) != null) {
            throw ProbleemException.conflict("Editie " + invoer.jaar() + " bestaat al.");
        }
        Editie editie = new Editie();
        editie.jaar = invoer.jaar();
        editie.indienenVanaf = invoer.indienenVanaf();
        editie.indienenTot = invoer.indienenTot();
        editie.persist();
        audit.leg("toegevoegd", "edities/" + editie.jaar, null);
        return EditieWeergave.van(editie, Instant.now());
    }

    @Transactional
    public EditieWeergave wijzig(int jaar, EditieWijziging wijziging) {
        Editie editie = Editie.<Editie>findByIdOptional(jaar)
                .orElseThrow(() -> ProbleemException.nietGevonden("Editie " + jaar + " bestaat niet."));
        Instant vanaf = wijziging.indienenVanaf() != null ? wijziging.indienenVanaf() : editie.indienenVanaf;
        Instant tot = wijziging.indienenTot() != null ? wijziging.indienenTot() : editie.indienenTot;
        if (!vanaf.isBefore(tot)) {
            throw ProbleemException.ongeldig("indienenVanaf moet voor indienenTot liggen.");
        }
        editie.indienenVanaf = vanaf;
        editie.indienenTot = tot;
        audit.leg("gewijzigd", "edities/" + jaar, null);
        return EditieWeergave.van(editie, Instant.now());
    }
}
