package nl.uitvoering.standen.consolidatie;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.uitvoering.standen.kafka.KafkaInstellingen;
import nl.uitvoering.standen.kafka.StandenTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Records the consolidator cannot read go to the dead-letter topic with the reason and where they came from,
 * before their offset is committed: nothing unreadable is lost, and nothing unreadable blocks the records behind
 * it. Counted in the metric {@code standen.consolidatie.dode.letters} and shown in readiness.
 */
@ApplicationScoped
public class DodeLetters {

    private static final Logger LOG = Logger.getLogger(DodeLetters.class);

    @Inject
    KafkaInstellingen instellingen;
    @Inject
    StandenTopic topic;
    @Inject
    MeterRegistry metrieken;

    private KafkaProducer<String, byte[]> producent;
    private Counter teller;

    @PostConstruct
    void init() {
        teller = Counter.builder("standen.consolidatie.dode.letters")
                .description("Records the consolidator could not read, sent to the dead-letter topic")
                .register(metrieken);
    }

    /**
     * Publishes one unreadable record and waits for the broker to have it; throws when it cannot, so that the
     * caller retries instead of committing past it.
     */
    public synchronized void stuur(String sleutel, byte[] waarde, String reden, String herkomst) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.dodeLetters(), sleutel, waarde);
        record.headers().add("reden", reden.getBytes(StandardCharsets.UTF_8))
                .add("herkomst", herkomst.getBytes(StandardCharsets.UTF_8))
                .add("tijdstip", Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        try {
            producent().send(record).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing a dead letter", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot write a dead letter for " + herkomst, e);
        }
        teller.increment();
        LOG.errorf("Unreadable record %s sent to %s: %s", herkomst, topic.dodeLetters(), reden);
    }

    public double aantal() {
        return teller.count();
    }

    private KafkaProducer<String, byte[]> producent() {
        if (producent == null) {
            producent = new KafkaProducer<>(instellingen.producent(), new StringSerializer(),
                    new ByteArraySerializer());
        }
        return producent;
    }

    @PreDestroy
    synchronized void sluit() {
        if (producent != null) {
            producent.close();
        }
    }
}
