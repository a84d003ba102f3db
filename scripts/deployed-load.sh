#!/usr/bin/env bash
# The deployed shape on one machine: a broker process and the five services as their own
# `java -jar` processes, then `./review-panel load` against them. Stops what it started on exit.
#   scripts/deployed-load.sh [--base-port 19000] [load options, e.g. --step 20,50,80 --duration 60s]
# Ports: Kafka BASE+92 (controller BASE+93), coordinator BASE+80, synthesis +81, security +82,
# bug +83, performance +84. Logs go to target/deployed-load/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base=19000
if [[ "${1:-}" == "--base-port" ]]; then base="$2"; shift 2; fi
logs="$root/target/deployed-load"
mkdir -p "$logs"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
heap="${SERVICE_HEAP:--Xmx512m}"
pids=()

stop() {
  # only the processes this script started, newest first
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[$i]}" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop EXIT

jar() { echo "$root/$1/target/$1-0.1.0-SNAPSHOT-exec.jar"; }
for module in local-stack coordinator-service synthesis-service security-worker bug-worker performance-worker; do
  if [[ ! -f "$(jar "$module")" ]]; then
    (cd "$root" && ./mvnw -B -ntp -q install -DskipTests)
    break
  fi
done

wait_for() { # url, what
  for _ in $(seq 1 240); do
    if curl -fs "$1" 2>/dev/null | grep -q '"UP"'; then return 0; fi
    sleep 0.5
  done
  echo "deployed-load: $2 did not become ready; see $logs" >&2
  exit 1
}

kafka="localhost:$((base + 92))"
"$java_bin" -Xmx1g -jar "$(jar local-stack)" broker --port=$((base + 92)) \
  --controller-port=$((base + 93)) --data-dir="$logs/kafka-data-$$" >"$logs/broker.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  grep -q "Kafka is up" "$logs/broker.log" && break
  sleep 0.5
done
grep -q "Kafka is up" "$logs/broker.log" || { echo "deployed-load: broker did not start" >&2; exit 1; }

start() { # module, port
  "$java_bin" $heap -XX:+UseG1GC -jar "$(jar "$1")" --spring.kafka.bootstrap-servers="$kafka" \
    --server.port="$2" --server.address=127.0.0.1 --review.topics.partitions=3 \
    >"$logs/$1.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$2/actuator/health/readiness" "$1"
}
start synthesis-service $((base + 81))
start security-worker $((base + 82))
start bug-worker $((base + 83))
start performance-worker $((base + 84))
start coordinator-service $((base + 80))
echo "Deployed shape up: Kafka $kafka, coordinator http://127.0.0.1:$((base + 80))"

pid_list="$(IFS=,; echo "${pids[*]}")"
# --cpu-of: CPU per review of the six processes, the deployed shape's cost
"$root/review-panel" load --url "http://127.0.0.1:$((base + 80))" --bootstrap-servers "$kafka" \
  --cpu-of "$pid_list" "$@"
