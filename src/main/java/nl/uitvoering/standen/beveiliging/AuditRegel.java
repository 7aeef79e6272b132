package nl.uitvoering.standen.beveiliging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One write, as the audit trail keeps it: who, when, what and from which request. Never updated or deleted. */
@Entity
public class AuditRegel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Instant tijdstip;
    public String subject;
    public String organisatie;
    public String rollen;
    public String actie;
    public String resource;
    public Integer versie;
    public String verzoekId;
}
