package nl.uitvoering.standen.consolidatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nl.uitvoering.standen.analyse.Analysekern;
import nl.uitvoering.standen.analyse.BeeldBouwer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires the framework-free analysis core into the application. */
@ApplicationScoped
public class AnalyseConfiguratie {

    @ConfigProperty(name = "standen.picture.minimum-organisations")
    int minimumOrganisaties;

    @Produces
    @ApplicationScoped
    BeeldBouwer beeldBouwer() {
        return Analysekern.beeldBouwer(minimumOrganisaties);
    }
}
