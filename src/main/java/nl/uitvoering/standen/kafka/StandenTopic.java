package nl.uitvoering.standen.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** The topic of Stand changes. Created with the configured partitions if it does not exist yet. */
@ApplicationScoped
public class StandenTopic {

    private static final Logger LOG = Logger.getLogger(StandenTopic.class);

    @ConfigProperty(name = "standen.topic.name")
    String naam;
    @ConfigProperty(name = "standen.topic.partitions")
    int partities;
    @ConfigProperty(name = "standen.topic.replication-factor")
    short replicatiefactor;
    @Inject
    KafkaInstellingen instellingen;

    private volatile boolean bestaat;

    public String naam() {
        return naam;
    }

    /** Where the consolidator puts what it cannot read, with the reason, instead of losing it. */
    public String dodeLetters() {
        return naam + ".dode-letters";
    }

    /** Idempotent; throws while the broker cannot be reached, so the caller retries later. */
    public void zorgDatHetBestaat() throws InterruptedException, TimeoutException {
        if (bestaat) {
            return;
        }
        var config = instellingen.algemeen();
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(config)) {
            Map<String, String> grootte = Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                    Integer.toString(instellingen.maximaleBerichtgrootte()));
            var aangemaakt = admin.createTopics(List.of(
                    new NewTopic(naam, partities, replicatiefactor).configs(grootte),
                    new NewTopic(dodeLetters(), 1, replicatiefactor).configs(grootte))).values();
            for (var topic : aangemaakt.entrySet()) {
                try {
                    topic.getValue().get(15, TimeUnit.SECONDS);
                    LOG.infof("Created topic %s", topic.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + topic.getKey(), e.getCause());
                    }
                }
            }
        }
        bestaat = true;
    }
}
