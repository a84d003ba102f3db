#!/bin/bash
# kafka-init for docker-compose.sasl.yml: as the super user, creates the topics (create-topics.sh),
# then one SCRAM user per service (password from KAFKA_PASSWORD_<SERVICE>) and the ACLs of
# kafka-acls.txt: each service reads and writes only its own topics, groups and transactional ids.
set -euo pipefail

: "${KAFKA_ADMIN_PASSWORD:?set REVIEW_KAFKA_ADMIN_PASSWORD}"
bootstrap="${KAFKA_BOOTSTRAP:-kafka:9092}"
bin=/opt/kafka/bin
admin=/tmp/admin.properties
cat > "${admin}" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
PROPERTIES

# create-topics.sh with every kafka-topics.sh call authenticated as the admin
cat > /tmp/kafka-topics-admin.sh <<SCRIPT
#!/bin/bash
exec ${bin}/kafka-topics.sh --command-config ${admin} "\$@"
SCRIPT
chmod +x /tmp/kafka-topics-admin.sh
KAFKA_TOPICS_CMD=/tmp/kafka-topics-admin.sh bash /opt/review-panel/create-topics.sh

for user in coordinator synthesis security-worker bug-worker performance-worker scm-gateway; do
  variable="KAFKA_PASSWORD_$(echo "${user}" | tr 'a-z-' 'A-Z_')"
  password="${!variable:?set the password of Kafka user ${user} (${variable})}"
  "${bin}/kafka-configs.sh" --bootstrap-server "${bootstrap}" --command-config "${admin}" --alter \
    --entity-type users --entity-name "${user}" \
    --add-config "SCRAM-SHA-512=[iterations=4096,password=${password}]"
done

# principal, resource type, name, pattern type, operations (comma-separated)
while read -r user type name pattern operations; do
  [[ -z "${user}" || "${user}" == \#* ]] && continue
  case "${type}" in
    topic) resource=(--topic "${name}") ;;
    group) resource=(--group "${name}") ;;
    transactionalId) resource=(--transactional-id "${name}") ;;
    *) echo "unknown resource type ${type}" >&2; exit 1 ;;
  esac
  [[ "${pattern}" == prefix ]] && pattern=prefixed
  ops=()
  for operation in ${operations//,/ }; do ops+=(--operation "${operation}"); done
  "${bin}/kafka-acls.sh" --bootstrap-server "${bootstrap}" --command-config "${admin}" --add \
    --allow-principal "User:${user}" "${resource[@]}" --resource-pattern-type "${pattern}" "${ops[@]}"
done < /opt/review-panel/kafka-acls.txt
echo "users and ACLs in place"
