package nl.uitvoering.standen.leesmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** A retrained reading model, stored whole: versions are only added. */
@Entity
@Table(name = "leesmodel")
class OpgeslagenLeesmodel extends PanacheEntityBase {

    @Id
    public Integer versie;
    @ColumnTransformer(write = "?::jsonb")
    public String model;
    public String trainingsdataHash;
    public int aantalVoorbeelden;
    public String aangemaaktDoor;
    public Instant aangemaaktOp;
}
