#!/bin/bash
# Creates every Review Panel topic once, before any service starts (compose's kafka-init).
# Partitions come from one setting, REVIEW_PARTITIONS; retry topics follow
# REVIEW_WORKER_RETRY_ATTEMPTS (attempts - 1 retry topics per agent); every DLT gets the
# partitions of its source because dead letters keep their partition; every topic takes records
# up to REVIEW_MAX_MESSAGE_BYTES (the services' review.topics.max-message-bytes). The scm-gateway's
# job topic gets REVIEW_GATEWAY_RETRY_ATTEMPTS - 1 retry topics and its DLT.
set -euo pipefail

bootstrap="${KAFKA_BOOTSTRAP:-kafka:9092}"
partitions="${REVIEW_PARTITIONS:-6}"
replication="${REVIEW_REPLICATION_FACTOR:-1}"
attempts="${REVIEW_WORKER_RETRY_ATTEMPTS:-3}"
agents="${REVIEW_AGENTS:-security bug performance}"
gateway_attempts="${REVIEW_GATEWAY_RETRY_ATTEMPTS:-4}"
max_message_bytes="${REVIEW_MAX_MESSAGE_BYTES:-4194304}"
kafka_topics="${KAFKA_TOPICS_CMD:-/opt/kafka/bin/kafka-topics.sh}"

create() {
  local topic="$1"
  shift
  "${kafka_topics}" --bootstrap-server "${bootstrap}" --create --if-not-exists \
    --topic "${topic}" --partitions "${partitions}" --replication-factor "${replication}" \
    --config "max.message.bytes=${max_message_bytes}" "$@"
  echo "topic ${topic}: ${partitions} partitions"
}

for topic in review-requests review-plans review-results; do
  create "${topic}"
  create "${topic}-dlt"
done
create review-events
create review-reports --config cleanup.policy=compact
# caches of work already done, one pair per agent (its workers are their only writer): the latest
# entry per key, and none older than the retention
cache_retention_ms="${REVIEW_CACHE_RETENTION_MS:-2592000000}"

for agent in ${agents}; do
  tasks="review-tasks-${agent}"
  create "${tasks}"
  for ((i = 0; i < attempts - 1; i++)); do
    create "${tasks}-retry-${i}"
  done
  create "${tasks}-dlt"
  for cache in review-llm-cache review-rules-cache; do
    create "${cache}-${agent}" --config cleanup.policy=compact,delete \
      --config "retention.ms=${cache_retention_ms}" --config min.cleanable.dirty.ratio=0.1
  done
done

jobs="scm-gateway-jobs"
create "${jobs}"
if ((gateway_attempts == 2)); then
  # spring-kafka names a lone retry topic without an index
  create "${jobs}-retry"
else
  for ((i = 0; i < gateway_attempts - 1; i++)); do
    create "${jobs}-retry-${i}"
  done
fi
create "${jobs}-dlt"
