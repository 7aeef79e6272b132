package nl.uitvoering.standen.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import nl.uitvoering.standen.kafka.KafkaInstellingen;
import nl.uitvoering.standen.kafka.StandenTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in the order they were written, and deletes them only after the broker
 * acknowledged them. A failure leaves the rows in place: they are sent again, and the consumer drops duplicates.
 * A row the broker will never take goes to the dead letters (table {@code outbox_dode_letter}, metric
 * {@code standen.outbox.dode.letters}) so that it does not hold up the rows behind it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int PARTIJ = 200;
    private static final Duration RUST = Duration.ofSeconds(1);
    private static final Duration MAXIMALE_PAUZE = Duration.ofSeconds(10);

    @ConfigProperty(name = "standen.intake.enabled")
    boolean actief;
    @ConfigProperty(name = "standen.security.max-body-bytes")
    int maximaleBody;
    @Inject
    KafkaInstellingen instellingen;
    @Inject
    StandenTopic topic;
    @Inject
    CloudEventVertaler vertaler;
    @Inject
    MeterRegistry metrieken;

    private final Semaphore wekker = new Semaphore(0);
    private volatile boolean draait;
    private Thread draad;
    private KafkaProducer<String, CloudEvent> producent;
    private KafkaClientMetrics producentMetrieken;
    private Counter dodeLetters;

    void start(@Observes StartupEvent opstart) {
        if (!actief) {
            return;
        }
        if (maximaleBody >= instellingen.maximaleBerichtgrootte()) {
            throw new IllegalStateException("standen.security.max-body-bytes (" + maximaleBody + ") must stay below "
                    + "standen.topic.max-message-bytes (" + instellingen.maximaleBerichtgrootte() + "), or an "
                    + "accepted Stand can be too large to publish");
        }
        producent = new KafkaProducer<>(instellingen.producent(), new StringSerializer(), new CloudEventSerializer());
        // A producer of our own is not one Quarkus manages, so its metrics are bound here.
        producentMetrieken = new KafkaClientMetrics(producent);
        producentMetrieken.bindTo(metrieken);
        dodeLetters = Counter.builder("standen.outbox.dode.letters")
                .description("Outbox rows the broker will not take, moved to the table outbox_dode_letter")
                .register(metrieken);
        draait = true;
        draad = new Thread(this::draai, "outbox-relay");
        draad.start();
    }

    /**
     * On shutdown the relay finishes its batch, then publishes what is still waiting (for at most ten seconds,
     * in case the broker is away: the rows stay and the next start publishes them).
     */
    void stop(@Observes ShutdownEvent afsluiten) throws InterruptedException {
        if (draad == null) {
            return;
        }
        draait = false;
        wekker.release();
        draad.join(Duration.ofSeconds(20).toMillis());
        long grens = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try {
            while (System.nanoTime() < grens && publiceerPartij() > 0) {
                LOG.debug("Flushed outbox rows on shutdown");
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox not fully flushed on shutdown (%s); it is published after the next start",
                    e.getMessage());
        }
        producentMetrieken.close();
        producent.close(Duration.ofSeconds(5));
    }

    /** False when this instance relays but its thread has died: accepted Standen would stay in the outbox. */
    boolean leeft() {
        return draad == null || !draait || draad.isAlive();
    }

    void gevuld(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxGevuld gevuld) {
        wekker.release();
    }

    private void draai() {
        Duration pauze = RUST;
        while (draait) {
            try {
                topic.zorgDatHetBestaat();
                int verzonden = publiceerPartij();
                pauze = RUST;
                if (verzonden < PARTIJ) {
                    wacht(RUST);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("Outbox relay cannot publish (%s); retrying in %s", e.getMessage(), pauze);
                wacht(pauze);
                pauze = pauze.multipliedBy(2).compareTo(MAXIMALE_PAUZE) > 0 ? MAXIMALE_PAUZE : pauze.multipliedBy(2);
            }
        }
    }

    /**
     * Publishes the oldest rows and deletes each one the broker acknowledged. A row the broker will never take
     * moves to the dead letters instead of stopping every row behind it; any other failure rolls the batch back,
     * to be sent again.
     */
    private int publiceerPartij() {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            List<OutboxBericht> partij = OutboxBericht.volgendePartij(PARTIJ);
            List<Future<RecordMetadata>> bevestigingen = new ArrayList<>(partij.size());
            for (OutboxBericht bericht : partij) {
                bevestigingen.add(verstuur(bericht));
            }
            for (int i = 0; i < partij.size(); i++) {
                try {
                    bevestigingen.get(i).get();
                    partij.get(i).delete();
                } catch (ExecutionException e) {
                    if (!isOnpubliceerbaar(e.getCause())) {
                        throw e;
                    }
                    naarDodeLetters(partij.get(i), e.getCause());
                }
            }
            return partij.size();
        });
    }

    private Future<RecordMetadata> verstuur(OutboxBericht bericht) {
        try {
            return producent.send(new ProducerRecord<>(topic.naam(), bericht.sleutel, vertaler.vertaal(bericht)));
        } catch (RuntimeException e) {
            if (!isOnpubliceerbaar(e)) {
                throw e;
            }
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Failures that sending the same row again cannot cure; anything else (the broker away) is retried. */
    private static boolean isOnpubliceerbaar(Throwable fout) {
        return fout instanceof RecordTooLargeException || fout instanceof InvalidRecordException
                || fout instanceof SerializationException || fout instanceof IllegalArgumentException;
    }

    private void naarDodeLetters(OutboxBericht bericht, Throwable fout) {
        String reden = fout.getClass().getSimpleName() + ": " + fout.getMessage();
        bericht.naarDodeLetters(reden);
        dodeLetters.increment();
        LOG.errorf("Outbox row %s (%s) cannot be published and moved to outbox_dode_letter: %s",
                bericht.gebeurtenisId, bericht.onderwerp, reden);
    }

    private void wacht(Duration duur) {
        try {
            if (wekker.tryAcquire(duur.toMillis(), TimeUnit.MILLISECONDS)) {
                wekker.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            draait = false;
        }
    }
}
