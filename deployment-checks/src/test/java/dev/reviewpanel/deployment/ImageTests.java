package dev.reviewpanel.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageTests {

  private final String dockerfile = ProjectFiles.read("Dockerfile");

  @Test
  void shouldBuildInAJdkStageAndRunLayersOnAJreAsANonRootUser() {
    List<String> stages = lines("FROM ");
    assertThat(stages).hasSizeGreaterThanOrEqualTo(2);
    assertThat(stages.get(0)).startsWith("FROM eclipse-temurin:17-jdk");
    assertThat(stages.get(stages.size() - 1)).isEqualTo("FROM eclipse-temurin:17-jre");
    String runtime = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
    assertThat(runtime).contains("COPY --from=layers");
    assertThat(dockerfile)
        .contains("java -Djarmode=tools -jar app.jar extract --layers --launcher");
    for (String layer :
        List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
      assertThat(runtime).contains("/extracted/" + layer + "/");
    }
    assertThat(runtime)
        .contains("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
    String user = runtime.lines().filter(l -> l.startsWith("USER ")).findFirst().orElseThrow();
    int uid = Integer.parseInt(user.substring(5).split(":")[0]);
    assertThat(uid).as("numeric non-root user, so Kubernetes can verify runAsNonRoot").isPositive();
    assertThat(runtime).contains("HEALTHCHECK").contains("/usr/local/bin/healthcheck");
  }

  @Test
  void shouldPackageTheJarEveryModuleBuilds() {
    String jar = dockerfile.lines().filter(l -> l.contains("-exec.jar")).findFirst().orElseThrow();
    assertThat(jar).contains("${MODULE}/target/${MODULE}-0.1.0-SNAPSHOT-exec.jar");
    assertThat(ProjectFiles.read("pom.xml")).contains("<version>0.1.0-SNAPSHOT</version>");
    String built =
        lines("RUN ./mvnw").stream()
            .filter(l -> l.contains("package"))
            .findFirst()
            .orElse(dockerfile);
    for (Object name : ComposeFile.load().services().keySet()) {
      Object module =
          Tree.at(ComposeFile.load().service(name.toString()), "build", "args", "MODULE");
      if (module != null) {
        assertThat(dockerfile).as("the build stage builds %s", module).contains(module.toString());
        assertThat(ProjectFiles.read(module + "/pom.xml"))
            .contains("<classifier>exec</classifier>");
      }
    }
    assertThat(built).isNotBlank();
    assertThat(ProjectFiles.read(".dockerignore")).contains("**/target/", ".git/");
  }

  @Test
  void shouldReportHealthyOnlyWhenReadinessAnswers200() throws IOException {
    assumeTrue(Commands.onPath("bash"), "bash is not installed");
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/actuator/health/readiness", exchange -> respond(exchange, 200, "{\"status\":\"UP\"}"));
    server.createContext(
        "/actuator/health/liveness", exchange -> respond(exchange, 503, "{\"status\":\"DOWN\"}"));
    server.start();
    try {
      String port = String.valueOf(server.getAddress().getPort());
      assertThat(probe(port, "/actuator/health/readiness").exitCode()).isZero();
      assertThat(probe(port, "/actuator/health/liveness").exitCode()).isNotZero();
    } finally {
      server.stop(0);
    }
    assertThat(probe(String.valueOf(freePort()), "/actuator/health/readiness").exitCode())
        .isNotZero();
  }

  private static Commands.Result probe(String port, String path) {
    return Commands.run(
        ProjectFiles.root(),
        Map.of("SERVER_PORT", port),
        List.of("bash", "docker/healthcheck.sh", path));
  }

  private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private List<String> lines(String prefix) {
    return Arrays.stream(dockerfile.split("\n")).filter(l -> l.startsWith(prefix)).toList();
  }
}
