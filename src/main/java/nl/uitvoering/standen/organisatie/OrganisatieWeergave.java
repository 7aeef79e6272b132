package nl.uitvoering.standen.organisatie;

/** An organisation as the API shows it. */
public record OrganisatieWeergave(String code, String naam, String soort) {

    static OrganisatieWeergave van(Organisatie organisatie) {
        return new OrganisatieWeergave(organisatie.code, organisatie.naam, organisatie.soort);
    }
}
