#!/bin/bash
# The compose broker with SASL/SCRAM-SHA-512 and ACLs (docker-compose.sasl.yml): writes its own
# server.properties, formats the storage once with the super user "admin" (its password from
# KAFKA_ADMIN_PASSWORD), and starts Kafka. Every client authenticates; without an ACL, nothing is
# allowed. The controller listener stays plaintext inside the container network only.
set -euo pipefail

: "${KAFKA_ADMIN_PASSWORD:?set REVIEW_KAFKA_ADMIN_PASSWORD}"
cluster_id="${CLUSTER_ID:-D8MpcCxDQ--YEB7vBK_8Uw}"
config=/tmp/server.properties
jaas="org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"${KAFKA_ADMIN_PASSWORD}\";"

cat > "${config}" <<PROPERTIES
node.id=1
process.roles=broker,controller
controller.quorum.voters=1@kafka:9093
listeners=SASL_PLAINTEXT://:9092,CONTROLLER://:9093,HOST://:9094
advertised.listeners=SASL_PLAINTEXT://kafka:9092,HOST://localhost:9094
listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT,HOST:SASL_PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=${jaas}
listener.name.host.scram-sha-512.sasl.jaas.config=${jaas}
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin;User:ANONYMOUS
allow.everyone.if.no.acl.found=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
default.replication.factor=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
message.max.bytes=4194304
log.dirs=/var/lib/kafka/data
PROPERTIES

# the admin's own client settings, for the health check and kafka-init
cat > /tmp/admin.properties <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=${jaas}
PROPERTIES

/opt/kafka/bin/kafka-storage.sh format --ignore-formatted --cluster-id "${cluster_id}" \
  --config "${config}" --add-scram "SCRAM-SHA-512=[name=admin,password=${KAFKA_ADMIN_PASSWORD}]"
exec /opt/kafka/bin/kafka-server-start.sh "${config}"
