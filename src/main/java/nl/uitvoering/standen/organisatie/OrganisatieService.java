package nl.uitvoering.standen.organisatie;

import jakarta.inject.Inject;
import nl.uitvoering.standen.beveiliging.Audit;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.uitvoering.standen.api.ProbleemException;

@ApplicationScoped
public class OrganisatieService {

    @Inject
    Audit audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganisatieWeergave> alle() {
        return Organisatie.<Organisatie>listAll(Sort.by("code")).stream().map(OrganisatieWeergave::van).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganisatieWeergave> zoek(String code) {
        return Organisatie.<Organisatie>findByIdOptional(code).map(OrganisatieWeergave::van);
    }

    @Transactional
    public OrganisatieWeergave voegToe(OrganisatieInvoer invoer) {
        if (Organisatie.findById(invoer.code()) != null) {
            throw ProbleemException.conflict("Organisatie '" + invoer.code() + "' bestaat al.");
        }
        Organisatie organisatie = new Organisatie();
        organisatie.code = invoer.code();
        organisatie.naam = invoer.naam().strip();
        organisatie.soort = invoer.soort();
        organisatie.persist();
        audit.leg("toegevoegd", "organisaties/" + organisatie.code, null);
        return OrganisatieWeergave.van(organisatie);
    }
}
