package nl.uitvoering.standen.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.uitvoering.standen.analyse.EditieBeeld;

/**
 * What an adoption freezes: the reviewed picture, the decisions, and the Stand versions it rests on. Adopted
 * Staten are kept for ever and never rewritten, so they are read tolerantly: a field this version does not know is
 * ignored, a field it misses is null. A renamed field keeps its old name as an alias ({@code @JsonAlias}).
 */
public record VastgesteldeStaat(EditieBeeld beeld, List<BesluitWeergave> besluiten,
                                List<StandVersieVerwijzing> standVersies) {

    static VastgesteldeStaat lees(ObjectMapper json, String staat) {
        try {
            return json.readerFor(VastgesteldeStaat.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(staat);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored Staat is not readable", e);
        }
    }

    /** The version of one organisation's Stand that the picture was built from. */
    public record StandVersieVerwijzing(String organisatie, int versie) {
    }
}
