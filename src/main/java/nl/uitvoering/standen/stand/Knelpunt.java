package nl.uitvoering.standen.stand;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One bottleneck of one Stand version, at its position in the submitted list. */
@Entity
public class Knelpunt extends PanacheEntityBase {

    /** From a sequence in blocks of 50 (migration V4), so that a Stand's knelpunten go to the database in one batch. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knelpunt_sleutel")
    @SequenceGenerator(name = "knelpunt_sleutel", sequenceName = "knelpunt_id_seq", allocationSize = 50)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "stand_versie_id")
    public StandVersie standVersie;
    public int positie;
    public String titel;
    public String omschrijving;
    public String ernst;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> themas;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> wetten;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> doelgroepen;
    public String oplossingsrichting;

    static Knelpunt van(StandVersie versie, int positie, KnelpuntInhoud inhoud) {
        Knelpunt knelpunt = new Knelpunt();
        knelpunt.standVersie = versie;
        knelpunt.positie = positie;
        knelpunt.titel = inhoud.titel();
        knelpunt.omschrijving = inhoud.omschrijving();
        knelpunt.ernst = inhoud.ernst();
        knelpunt.themas = inhoud.themas();
        knelpunt.wetten = inhoud.wetten();
        knelpunt.doelgroepen = inhoud.doelgroepen();
        knelpunt.oplossingsrichting = inhoud.oplossingsrichting();
        return knelpunt;
    }

    KnelpuntInhoud inhoud() {
        return new KnelpuntInhoud(titel, omschrijving, ernst, themas, wetten, doelgroepen, oplossingsrichting);
    }
}
