#!/usr/bin/env bash
# Starts Standen locally on a real PostgreSQL and a real Kafka broker (no Docker needed), loads the sample
# Standen and prints where to look. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/../.."

echo "Standen: bouwen (de eerste keer haalt Maven alles op van Maven Central) ..."
exec deploy/testklasse.sh nl.uitvoering.standen.lokaal.LokaleOmgeving
