package nl.uitvoering.standen.review;

import java.util.List;
import nl.uitvoering.standen.analyse.EditieBeeld;

/** What an adoption freezes: the reviewed picture, the decisions, and the Stand versions it rests on. */
public record VastgesteldeStaat(EditieBeeld beeld, List<BesluitWeergave> besluiten,
                                List<StandVersieVerwijzing> standVersies) {

    /** The version of one organisation's Stand that the picture was built from. */
    public record StandVersieVerwijzing(String organisatie, int versie) {
    }
}
