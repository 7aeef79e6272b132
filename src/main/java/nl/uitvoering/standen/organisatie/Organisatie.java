package nl.uitvoering.standen.organisatie;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An executing organisation (uitvoeringsorganisatie) that writes a Stand per edition. */
@Entity
public class Organisatie extends PanacheEntityBase {

    @Id
    public String code;
    public String naam;
    public String soort;
}
