package nl.uitvoering.standen.beveiliging;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who makes the current request, and the object-level rules about Standen: an indiener reaches only the Stand of
 * the organisation in its token; the Stuurgroep reads every Stand but writes none.
 */
@RequestScoped
public class Gebruiker {

    public static final String ORGANISATIE_CLAIM = "organisatie";

    @Inject
    SecurityIdentity identiteit;
    @Inject
    JsonWebToken token;

    public String subject() {
        return identiteit.isAnonymous() ? "anoniem" : identiteit.getPrincipal().getName();
    }

    public Optional<String> organisatie() {
        return Optional.ofNullable(token.<String>getClaim(ORGANISATIE_CLAIM));
    }

    public Set<String> rollen() {
        return identiteit.getRoles();
    }

    /** For pictures that are not public: a token with one of these roles. */
    public void vereisEenVan(String... rollen) {
        if (identiteit.isAnonymous()) {
            throw new UnauthorizedException();
        }
        for (String rol : rollen) {
            if (identiteit.hasRole(rol)) {
                return;
            }
        }
        throw new ForbiddenException("Uw rol geeft geen toegang tot het beeld van een editie die niet is vastgesteld.");
    }

    public void vereisSchrijfrechtOpStand(String organisatie) {
        if (!(identiteit.hasRole(Rollen.INDIENER) && organisatie().filter(organisatie::equals).isPresent())) {
            throw new ForbiddenException("Alleen een indiener van '" + organisatie + "' mag deze Stand wijzigen.");
        }
    }

    public void vereisLeesrechtOpStand(String organisatie) {
        boolean eigen = identiteit.hasRole(Rollen.INDIENER) && organisatie().filter(organisatie::equals).isPresent();
        if (!eigen && !identiteit.hasRole(Rollen.STUURGROEP)) {
            throw new ForbiddenException("Deze Stand is alleen leesbaar voor '" + organisatie
                    + "' en de Stuurgroep.");
        }
    }
}
