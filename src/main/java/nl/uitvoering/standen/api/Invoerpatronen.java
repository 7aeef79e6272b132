package nl.uitvoering.standen.api;

/** The patterns every resource checks text input with, and what a refusal says. */
public final class Invoerpatronen {

    public static final String KEBAB = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String KEBAB_MELDING = "moet kebab-case zijn (kleine letters, cijfers, '-')";
    /** Text without control characters, so nothing invisible (or unstorable, such as NUL) is stored. */
    public static final String EEN_REGEL = "[^\\p{Cntrl}]*";
    public static final String EEN_REGEL_MELDING = "mag geen regeleinden of andere stuurtekens bevatten";
    /** Like {@link #EEN_REGEL}, but line breaks and tabs are allowed. */
    public static final String TEKST = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    public static final String TEKST_MELDING = "mag geen stuurtekens bevatten (regeleinden en tabs wel)";

    private Invoerpatronen() {
    }
}
