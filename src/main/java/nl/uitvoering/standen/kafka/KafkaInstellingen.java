package nl.uitvoering.standen.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Client settings for our producer and consumer, on top of the {@code kafka.*} properties that Quarkus collects
 * (bootstrap servers, security), so that operators configure the broker connection in one place.
 */
@ApplicationScoped
public class KafkaInstellingen {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> basis;

    @ConfigProperty(name = "standen.topic.max-message-bytes")
    int maximaleBerichtgrootte;

    /** The largest record our producers send and our topics take (max.request.size = max.message.bytes). */
    public int maximaleBerichtgrootte() {
        return maximaleBerichtgrootte;
    }

    public Map<String, Object> algemeen() {
        return new HashMap<>(basis);
    }

    /** Idempotent and acks=all: an event counts as published only when every in-sync replica has it. */
    public Map<String, Object> producent() {
        Map<String, Object> config = algemeen();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maximaleBerichtgrootte);
        // Fail fast while the broker is away: the relay keeps the rows and retries, intake is not affected.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        return config;
    }

    /** Offsets are committed by hand, after the database transaction that applied the records. */
    public Map<String, Object> consument(String groep) {
        Map<String, Object> config = algemeen();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groep);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        // A consolidator that dies is noticed within 10 s, so its partitions move to a live one soon.
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        return config;
    }
}
