package nl.uitvoering.standen.stand;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One immutable version of a Stand: written once, never updated. */
@Entity
public class StandVersie extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "stand_id")
    public Stand stand;
    public int versie;
    public boolean ingetrokken;
    public String samenvatting;
    @JdbcTypeCode(SqlTypes.JSON)
    public Indicatoren indicatoren;
    @Column(columnDefinition = "bpchar(64)")
    public String inhoudHash;
    public Instant ingediendOp;
    @OneToMany(mappedBy = "standVersie", cascade = CascadeType.PERSIST)
    @OrderBy("positie")
    public List<Knelpunt> knelpunten = new ArrayList<>();

    static Optional<StandVersie> zoek(Stand stand, int versie) {
        return find("stand = ?1 and versie = ?2", stand, versie).firstResultOptional();
    }

    /** A page of the versions of a Stand as summaries, counted in the database: no knelpunt is loaded. */
    static List<VersieSamenvatting> samenvattingen(Stand stand, int vanaf, int aantal) {
        List<Object[]> rijen = getEntityManager().createQuery("""
                        select v.versie, v.ingetrokken, v.ingediendOp, size(v.knelpunten) from StandVersie v
                        where v.stand = ?1 order by v.versie""", Object[].class)
                .setParameter(1, stand).setFirstResult(vanaf).setMaxResults(aantal).getResultList();
        return rijen.stream().map(rij -> new VersieSamenvatting((Integer) rij[0], (Boolean) rij[1],
                (Instant) rij[2], ((Number) rij[3]).intValue())).toList();
    }

    StandVersieWeergave weergave() {
        StandInhoud inhoud = ingetrokken ? null
                : new StandInhoud(samenvatting, knelpunten.stream().map(Knelpunt::inhoud).toList(), indicatoren);
        return new StandVersieWeergave(stand.organisatie, stand.jaar, versie, ingetrokken, ingediendOp, inhoud);
    }

}
