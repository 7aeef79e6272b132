package nl.uitvoering.standen.consolidatie;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.uitvoering.standen.kafka.KafkaInstellingen;
import nl.uitvoering.standen.kafka.StandenTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads Stand events at least once and hands them to the {@link Consolidator}; offsets are committed only after
 * the database commit, so a crash in between means redelivery, which the consolidator ignores.
 */
@ApplicationScoped
public class StandGebeurtenisConsument {

    private static final Logger LOG = Logger.getLogger(StandGebeurtenisConsument.class);
    private static final Duration MAXIMALE_PAUZE = Duration.ofSeconds(10);

    @ConfigProperty(name = "standen.consolidation.enabled")
    boolean actief;
    @ConfigProperty(name = "standen.consolidation.group-id")
    String groep;
    @Inject
    KafkaInstellingen instellingen;
    @Inject
    StandenTopic topic;
    @Inject
    Consolidator consolidator;
    @Inject
    MeterRegistry metrieken;
    @Inject
    DodeLetters dodeLetters;

    private final CountDownLatch gestopt = new CountDownLatch(1);
    private volatile boolean draait;
    private volatile KafkaConsumer<String, CloudEvent> consument;
    private KafkaClientMetrics consumentMetrieken;
    private Thread draad;

    void start(@Observes StartupEvent opstart) {
        if (!actief) {
            return;
        }
        consument = new KafkaConsumer<>(instellingen.consument(groep), new StringDeserializer(),
                new CloudEventDeserializer());
        // A consumer of our own is not one Quarkus manages: its metrics (lag among them) are bound here.
        consumentMetrieken = new KafkaClientMetrics(consument);
        consumentMetrieken.bindTo(metrieken);
        draait = true;
        draad = new Thread(this::draai, "stand-consolidatie");
        draad.start();
    }

    void stop(@Observes ShutdownEvent afsluiten) throws InterruptedException {
        if (draad == null) {
            return;
        }
        draait = false;
        consument.wakeup();
        gestopt.countDown();
        draad.join(Duration.ofSeconds(20).toMillis());
        consumentMetrieken.close();
    }

    /** False when this instance consolidates but its consumer thread has died: nothing is read any more. */
    public boolean leeft() {
        return draad == null || !draait || draad.isAlive();
    }

    private void draai() {
        try (KafkaConsumer<String, CloudEvent> kafka = consument) {
            kafka.subscribe(List.of(topic.naam()));
            Duration pauze = Duration.ofMillis(500);
            while (draait) {
                try {
                    verwerkVolgendePartij(kafka);
                    pauze = Duration.ofMillis(500);
                } catch (WakeupException e) {
                    return;
                } catch (RecordDeserializationException e) {
                    // Not even a CloudEvent: kept whole in the dead-letter topic, then the partition moves on.
                    try {
                        dodeLetters.stuur(e.keyBuffer() == null ? null
                                        : StandardCharsets.UTF_8.decode(e.keyBuffer()).toString(),
                                bytes(e.valueBuffer()), "geen leesbaar CloudEvent: " + e.getMessage(),
                                e.topicPartition() + "@" + e.offset());
                        kafka.seek(e.topicPartition(), e.offset() + 1);
                    } catch (RuntimeException nietBewaard) {
                        // Without a dead letter the record is not skipped: the next poll meets it again.
                        LOG.warnf("Cannot keep an unreadable record yet (%s); retrying", nietBewaard.getMessage());
                        if (pauzeer(MAXIMALE_PAUZE)) {
                            return;
                        }
                    }
                } catch (RuntimeException e) {
                    LOG.warnf("Consolidation failed (%s); the batch is retried in %s", e.getMessage(), pauze);
                    if (pauzeer(pauze)) {
                        return;
                    }
                    pauze = pauze.multipliedBy(2).compareTo(MAXIMALE_PAUZE) > 0 ? MAXIMALE_PAUZE
                            : pauze.multipliedBy(2);
                }
            }
        }
    }

    private void verwerkVolgendePartij(KafkaConsumer<String, CloudEvent> kafka) {
        ConsumerRecords<String, CloudEvent> records = kafka.poll(Duration.ofMillis(500));
        if (records.isEmpty()) {
            return;
        }
        List<CloudEvent> gebeurtenissen = new ArrayList<>(records.count());
        records.forEach(record -> gebeurtenissen.add(record.value()));
        try {
            consolidator.verwerk(gebeurtenissen);
        } catch (RuntimeException e) {
            spoelTerug(kafka, records);
            throw e;
        }
        kafka.commitSync();
    }

    /**
     * Wipes the consolidated state and rewinds to the first offsets, committing that position at once: should the
     * process die during the replay, it resumes the replay instead of starting from an empty picture at the end.
     * With several consolidator instances each rewinds only its own partitions; run one instance for a rebuild.
     */
    /** Rewinds every partition of a failed batch so that the next poll delivers it again. */
    private static void spoelTerug(KafkaConsumer<String, CloudEvent> kafka,
                                   ConsumerRecords<String, CloudEvent> records) {
        for (TopicPartition partitie : records.partitions()) {
            List<ConsumerRecord<String, CloudEvent>> perPartitie = records.records(partitie);
            kafka.seek(partitie, perPartitie.get(0).offset());
        }
    }

    /** Waits before a retry; returns true when the application is stopping. */
    private boolean pauzeer(Duration pauze) {
        try {
            return gestopt.await(pauze.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static byte[] bytes(ByteBuffer buffer) {
        if (buffer == null) {
            return new byte[0];
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
