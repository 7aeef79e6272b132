package nl.uitvoering.standen.stand;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The {@code data} of a Stand CloudEvent: the contract with every consumer of the topic, documented in
 * {@code asyncapi/asyncapi.yaml}. A type of its own, so that the API's response can change without rewriting the
 * topic's history, which replays for ever. Rules for changing it: fields are only added; consumers ignore fields
 * they do not know; an incompatible change raises {@code schemaVersie} and comes with a new event type. Events
 * written before {@code schemaVersie} existed have none and are version 1.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StandGebeurtenisData(Integer schemaVersie, String organisatie, int jaar, int versie,
                                   boolean ingetrokken, Instant ingediendOp, Inhoud inhoud) {

    public static final int SCHEMA_VERSIE = 1;

    /** What the organisation wrote; absent in a withdrawal. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Inhoud(String samenvatting, List<Knelpunt> knelpunten, Cijfers indicatoren) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Knelpunt(String titel, String omschrijving, String ernst, List<String> themas,
                           List<String> wetten, List<String> doelgroepen, String oplossingsrichting) {

        public Knelpunt {
            themas = themas == null ? List.of() : themas;
            wetten = wetten == null ? List.of() : wetten;
            doelgroepen = doelgroepen == null ? List.of() : doelgroepen;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cijfers(Integer fteBezetting, Integer openVacatures, Double gemiddeldeLeeftijd, Long werkvoorraad,
                          Double klanttevredenheid) {
    }

    static StandGebeurtenisData van(StandVersieWeergave versie) {
        StandInhoud inhoud = versie.inhoud();
        return new StandGebeurtenisData(SCHEMA_VERSIE, versie.organisatie(), versie.jaar(), versie.versie(),
                versie.ingetrokken(), versie.ingediendOp(), inhoud == null ? null : new Inhoud(inhoud.samenvatting(),
                inhoud.knelpunten().stream().map(k -> new Knelpunt(k.titel(), k.omschrijving(), k.ernst(),
                        k.themas(), k.wetten(), k.doelgroepen(), k.oplossingsrichting())).toList(),
                cijfers(inhoud.indicatoren())));
    }

    private static Cijfers cijfers(Indicatoren indicatoren) {
        return indicatoren == null ? null : new Cijfers(indicatoren.fteBezetting(), indicatoren.openVacatures(),
                indicatoren.gemiddeldeLeeftijd(), indicatoren.werkvoorraad(), indicatoren.klanttevredenheid());
    }
}
