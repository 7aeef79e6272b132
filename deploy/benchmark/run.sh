#!/usr/bin/env bash
# The benchmark command: starts the real stack (PostgreSQL, Kafka, the packaged service), measures the machine's
# ceilings and the service against them, and writes deploy/benchmark/BENCHMARKS.md. Takes about 15 minutes.
# Needs pgbench and wrk (Debian: apt-get install postgresql-client wrk); as root it installs them itself.
set -euo pipefail
cd "$(dirname "$0")/../.."

ontbrekend=()
command -v pgbench >/dev/null || ontbrekend+=(postgresql-client)
command -v wrk >/dev/null || ontbrekend+=(wrk)
if (( ${#ontbrekend[@]} )); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "Benchmark: ${ontbrekend[*]} installeren ..."
    apt-get install -y -q "${ontbrekend[@]}" >/dev/null
  else
    echo "Benchmark: installeer eerst ${ontbrekend[*]} (bijvoorbeeld: sudo apt-get install ${ontbrekend[*]})" >&2
    exit 1
  fi
fi

echo "Benchmark: bouwen ..."
exec deploy/testklasse.sh nl.uitvoering.standen.benchmark.Benchmark "$@"
