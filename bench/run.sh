#!/usr/bin/env bash
# Builds Prongsai as a library, runs the JMH benchmarks and writes their figures to bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp install -DskipTests -Dspotless.check.skip=true
(cd bench && ../mvnw -q -B -ntp package)
java -jar bench/target/benchmarks.jar -rf json -rff bench/target/results.json "$@" | tee bench/target/output.txt
python3 bench/results.py bench/target/results.json > bench/RESULTS.md
cat bench/RESULTS.md
