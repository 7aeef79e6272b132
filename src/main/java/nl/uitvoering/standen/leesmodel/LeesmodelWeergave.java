package nl.uitvoering.standen.leesmodel;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A version of the learned reader: what it was trained on (examples per origin: the real corpus, the
 * Stuurgroep's decisions), and the decisions it learned from, with who took them and when.
 */
public record LeesmodelWeergave(int versie, String trainingsdataHash, int aantalVoorbeelden,
                                Map<String, Integer> voorbeeldenPerHerkomst, List<Drempel> drempels,
                                List<GeleerdBesluit> besluiten, String aangemaaktDoor, Instant aangemaaktOp) {

    /** A theme's threshold and the F1 it gave on unseen organisations in cross-validation. */
    public record Drempel(String thema, double drempel, double kruisvalidatieF1) {
    }

    /** A knelpunt whose themes the Stuurgroep decided, as the example it became. */
    public record GeleerdBesluit(int jaar, String organisatie, int positie, List<String> themas, String soort,
                                 String genomenDoor, Instant genomenOp) {
    }
}
