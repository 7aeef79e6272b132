package nl.uitvoering.standen.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import nl.uitvoering.standen.analyse.Besluit;

/** A stored decision of the Stuurgroep; decisions are only added, in order. */
@Entity
@Table(name = "besluit")
public class BesluitRegel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "editie_jaar")
    public int jaar;
    public String soort;
    public String thema;
    public String doelThema;
    public String organisatie;
    public Integer positie;
    public String naam;
    public String omschrijving;
    public String notitie;
    public String genomenDoor;
    public Instant genomenOp;

    static List<BesluitRegel> vanEditie(int jaar) {
        return list("jaar = ?1 order by id", jaar);
    }

    Besluit besluit() {
        return new Besluit(soort, thema, doelThema, organisatie, positie, naam, omschrijving, notitie);
    }
}
