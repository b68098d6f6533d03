#!/usr/bin/env bash
# The benchmark: builds the product, then measures it on this machine's PostgreSQL (127.0.0.1:5432,
# user postgres) with a Kafka broker in-process, next to the raw baselines, and writes
# bench/results.md. `bench/run.sh --quick` is the short smoke run CI uses (target/bench-quick.md);
# `--only=auditor,rebuild --out=F` runs the scenarios whose names hold one of the words (to profile one);
# BENCH_DATABASE names the database it recreates (innovation_bench), to keep two checkouts' runs apart.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp install -DskipTests
exec java -jar bench/target/bench-0.1.0-SNAPSHOT.jar "$@"
