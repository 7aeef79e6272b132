package nl.uitvoering.standen.infrastructuur;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller) inside this JVM, on fixed ports
 * chosen at start, so that it can be stopped and started again at the same address.
 */
public final class EchteKafka implements AutoCloseable {

    private final Path map;
    private final int poort = VrijePoort.zoek();
    private final int controllerPoort = VrijePoort.zoek();
    private KafkaRaftServer server;

    private EchteKafka(Path map) {
        this.map = map;
    }

    public static EchteKafka start(Path map) throws Exception {
        EchteKafka kafka = new EchteKafka(map);
        kafka.formatteer();
        kafka.herstart();
        return kafka;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + poort;
    }

    /** Starts the broker (again) on its original ports and data, and waits until it answers. */
    public synchronized void herstart() throws Exception {
        if (server != null) {
            return;
        }
        server = new KafkaRaftServer(new KafkaConfig(instellingen()), Time.SYSTEM);
        server.startup();
        wachtTotBereikbaar();
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    @Override
    public void close() {
        stop();
    }

    private void formatteer() throws IOException {
        Path bestand = map.resolve("server.properties");
        Properties properties = new Properties();
        properties.putAll(instellingen());
        try (OutputStream uit = Files.newOutputStream(bestand)) {
            properties.store(uit, "Standen test broker");
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int resultaat = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(),
            "-c", bestand.toString()}, new PrintStream(log, true, StandardCharsets.UTF_8));
        if (resultaat != 0) {
            throw new IllegalStateException("Kafka storage format failed: " + log);
        }
    }

    private Map<String, String> instellingen() {
        Map<String, String> config = new HashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPoort);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + poort + ",CONTROLLER://127.0.0.1:" + controllerPoort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + poort);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("log.dirs", map.resolve("data").toString());
        config.put("num.partitions", "1");
        // A single broker: every internal topic has one replica, or the consumer group never forms.
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        return config;
    }

    private void wachtTotBereikbaar() throws Exception {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().nodes().get(30, TimeUnit.SECONDS);
        }
    }
}
