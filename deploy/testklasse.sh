#!/usr/bin/env bash
# Builds the service and runs a main class of the test code (the local run, the benchmark) with the test class path:
# they start the real PostgreSQL and Kafka from the same code the tests use. Usage: deploy/testklasse.sh CLASS [ARGS]
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt

exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
     -Dlogging.configuration=file:deploy/lokaal/logging.properties \
     -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
     "$@"
