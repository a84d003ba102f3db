# One Dockerfile for the six services: `docker build --build-arg MODULE=bug-worker -t review-panel/bug-worker .`
# Stage 1 builds all six jars; it takes no build argument, so Docker builds it once and every
# service image reuses the cached layer.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# Wrapper and poms first: the Maven distribution download is cached until they change.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp -q --version
COPY . .
RUN ./mvnw -B -ntp package -DskipTests -Dspotless.check.skip=true \
      -pl coordinator-service,synthesis-service,security-worker,bug-worker,performance-worker,scm-gateway -am

# Stage 2 splits the chosen service's jar into Spring Boot layers (dependencies change least).
FROM eclipse-temurin:17-jre AS layers
ARG MODULE
WORKDIR /layers
COPY --from=build /src/${MODULE}/target/${MODULE}-0.1.0-SNAPSHOT-exec.jar app.jar
RUN test -n "${MODULE}" \
 && java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# Stage 3: JRE only, non-root, read-only friendly (writes go to /tmp only).
FROM eclipse-temurin:17-jre
ARG MODULE
ARG PORT=8080
LABEL org.opencontainers.image.title="review-panel-${MODULE}" \
      org.opencontainers.image.source="review-panel"
RUN groupadd --system --gid 10001 reviewpanel \
 && useradd --system --uid 10001 --gid reviewpanel --no-create-home --shell /usr/sbin/nologin reviewpanel
WORKDIR /app
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
COPY docker/healthcheck.sh /usr/local/bin/healthcheck
USER 10001:10001
ENV SERVER_PORT=${PORT} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.security.egd=file:/dev/urandom"
EXPOSE ${PORT}
# The JRE image's curl is not guaranteed: probe with bash's /dev/tcp (bash is always there).
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 \
  CMD ["/usr/local/bin/healthcheck", "/actuator/health/readiness"]
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
