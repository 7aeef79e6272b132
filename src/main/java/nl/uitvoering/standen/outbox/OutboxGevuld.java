package nl.uitvoering.standen.outbox;

/** Fired when a transaction wrote outbox rows, so the relay can publish without waiting for its next poll. */
record OutboxGevuld() {
}
