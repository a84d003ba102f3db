package dev.reviewpanel.local.security;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.yaml.snakeyaml.Yaml;

/**
 * The ACLs of the Strimzi {@code KafkaUser}s in k8s/ and of the compose broker's table, as Kafka
 * ACL bindings, so a test can grant exactly them on a real broker and compare the two.
 */
final class KafkaUsers {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path STRIMZI = ROOT.resolve("k8s/components/kafka-scram/kafka-users.yaml");
  static final Path COMPOSE = ROOT.resolve("docker/kafka-acls.txt");

  private KafkaUsers() {}

  /** The users the KafkaUser resources declare, in file order. */
  static List<String> names() throws IOException {
    List<String> names = new ArrayList<>();
    for (Map<String, Object> user : documents()) {
      names.add(name(user));
    }
    return names;
  }

  /** Every ACL the KafkaUser resources grant. */
  static Set<AclBinding> strimzi() throws IOException {
    Set<AclBinding> bindings = new LinkedHashSet<>();
    for (Map<String, Object> user : documents()) {
      if (!"KafkaUser".equals(user.get("kind"))) {
        continue;
      }
      Map<String, Object> spec = map(user.get("spec"));
      if (!"scram-sha-512".equals(map(spec.get("authentication")).get("type"))) {
        throw new IllegalStateException(name(user) + " does not authenticate with SCRAM-SHA-512");
      }
      for (Object entry : (List<?>) map(spec.get("authorization")).get("acls")) {
        Map<String, Object> acl = map(entry);
        Map<String, Object> resource = map(acl.get("resource"));
        for (Object operation : (List<?>) acl.get("operations")) {
          bindings.add(
              binding(
                  name(user),
                  String.valueOf(resource.get("type")),
                  String.valueOf(resource.get("name")),
                  String.valueOf(resource.getOrDefault("patternType", "literal")),
                  String.valueOf(operation)));
        }
      }
    }
    return bindings;
  }

  /** Every ACL of the compose broker's table: user, type, name, pattern, operations. */
  static Set<AclBinding> compose() throws IOException {
    Set<AclBinding> bindings = new LinkedHashSet<>();
    for (String line : Files.readAllLines(COMPOSE)) {
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] fields = text.split("\\s+");
      for (String operation : fields[4].split(",")) {
        bindings.add(binding(fields[0], fields[1], fields[2], fields[3], operation));
      }
    }
    return bindings;
  }

  private static AclBinding binding(
      String user, String type, String name, String pattern, String operation) {
    ResourceType resourceType =
        switch (type) {
          case "topic" -> ResourceType.TOPIC;
          case "group" -> ResourceType.GROUP;
          case "transactionalId" -> ResourceType.TRANSACTIONAL_ID;
          case "cluster" -> ResourceType.CLUSTER;
          default -> throw new IllegalArgumentException("unknown resource type " + type);
        };
    PatternType patternType =
        switch (pattern) {
          case "literal" -> PatternType.LITERAL;
          case "prefix" -> PatternType.PREFIXED;
          default -> throw new IllegalArgumentException("unknown pattern type " + pattern);
        };
    AclOperation aclOperation =
        AclOperation.fromString(
            operation.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
    if (aclOperation == AclOperation.UNKNOWN) {
      throw new IllegalArgumentException("unknown operation " + operation);
    }
    return new AclBinding(
        new ResourcePattern(resourceType, name, patternType),
        new AccessControlEntry("User:" + user, "*", aclOperation, AclPermissionType.ALLOW));
  }

  private static List<Map<String, Object>> documents() throws IOException {
    List<Map<String, Object>> documents = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(STRIMZI)) {
      for (Object document : new Yaml().loadAll(reader)) {
        if (document != null) {
          documents.add(map(document));
        }
      }
    }
    return documents;
  }

  private static String name(Map<String, Object> resource) {
    return String.valueOf(map(resource.get("metadata")).get("name"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }
}
