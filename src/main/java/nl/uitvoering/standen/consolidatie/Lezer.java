package nl.uitvoering.standen.consolidatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.uitvoering.standen.analyse.Analysekern;
import nl.uitvoering.standen.analyse.BeeldBouwer;
import nl.uitvoering.standen.analyse.TaxonomieLezer;
import nl.uitvoering.standen.leesmodel.Leesmodellen;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wires the framework-free analysis core into the application, with the newest version of the learned reader:
 * a retrained model is taken up at the next update (one cheap query per update tells), never trained here.
 */
@ApplicationScoped
public class Lezer {

    @ConfigProperty(name = "standen.picture.minimum-organisations")
    int minimumOrganisaties;
    @Inject
    Leesmodellen leesmodellen;

    private record InGebruik(int versie, BeeldBouwer bouwer) {
    }

    private volatile InGebruik inGebruik;

    public BeeldBouwer bouwer() {
        int versie = leesmodellen.huidigeVersie();
        InGebruik nu = inGebruik;
        if (nu == null || nu.versie() != versie) {
            nu = new InGebruik(versie, Analysekern.beeldBouwer(TaxonomieLezer.standaard(),
                    leesmodellen.model(versie), minimumOrganisaties));
            inGebruik = nu;
        }
        return nu.bouwer();
    }
}
