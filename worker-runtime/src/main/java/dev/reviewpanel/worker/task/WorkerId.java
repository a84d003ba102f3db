package dev.reviewpanel.worker.task;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** Names one worker instance in results: {@code <agent>-worker-<host>-<random>}. */
record WorkerId(String value) {

  static WorkerId generate(String agent) {
    String random = UUID.randomUUID().toString().substring(0, 8);
    return new WorkerId(agent + "-worker-" + host() + "-" + random);
  }

  private static String host() {
    String fromEnv = System.getenv("HOSTNAME");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }
}
