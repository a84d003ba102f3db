package dev.reviewpanel.worker;

import dev.reviewpanel.worker.task.TaskConfiguration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * Turns a Spring Boot application with {@link dev.reviewpanel.code.analysis.Analyzer} beans into a
 * review worker: it consumes {@code review-tasks-<agent>}, runs the analyzers under a time budget,
 * and publishes one {@code AgentResult} per task plus progress events, with retry topics and a
 * dead-letter topic for failures. The agent comes from {@code review.worker.agent}.
 *
 * <pre>
 * &#64;SpringBootApplication
 * &#64;EnableReviewWorker
 * public class SecurityWorkerApplication { ... }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(TaskConfiguration.class)
public @interface EnableReviewWorker {}
