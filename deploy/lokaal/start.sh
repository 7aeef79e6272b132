#!/usr/bin/env bash
# Starts Standen locally on a real PostgreSQL and a real Kafka broker (no Docker needed), loads the sample
# Standen and prints where to look. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/../.."

echo "Standen: bouwen (de eerste keer haalt Maven alles op van Maven Central) ..."
./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/lokaal-classpath.txt

exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
     -Dlogging.configuration=file:deploy/lokaal/logging.properties \
     -cp "target/test-classes:$(cat target/lokaal-classpath.txt)" \
     nl.uitvoering.standen.lokaal.LokaleOmgeving
