package nl.uitvoering.standen.editie;

import java.time.Instant;

/** An edition as the API shows it; {@code open} says whether Standen are accepted right now. */
public record EditieWeergave(int jaar, Instant indienenVanaf, Instant indienenTot, boolean open) {

    static EditieWeergave van(Editie editie, Instant nu) {
        return new EditieWeergave(editie.jaar, editie.indienenVanaf, editie.indienenTot, editie.isOpenOp(nu));
    }
}
