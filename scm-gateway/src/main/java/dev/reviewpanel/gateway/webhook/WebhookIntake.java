package dev.reviewpanel.gateway.webhook;

import dev.reviewpanel.gateway.jobs.GatewayJob;
import dev.reviewpanel.gateway.jobs.JobPublisher;
import dev.reviewpanel.gateway.scm.Provider;
import dev.reviewpanel.gateway.scm.Push;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every provider's webhook does once the delivery's authenticity is known: refuse the
 * unauthentic and the replayed with 401, ignore what is not a push to review with 202, and enqueue
 * the rest as a job, answering 202 only once Kafka has it. Metered as {@code
 * scm_gateway_webhooks_total{provider, outcome}}.
 */
@Component
public class WebhookIntake {

  private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);

  private final DeliveryLedger deliveries;
  private final JobPublisher jobs;
  private final WebhookProperties properties;
  private final MeterRegistry meters;

  WebhookIntake(
      DeliveryLedger deliveries,
      JobPublisher jobs,
      WebhookProperties properties,
      MeterRegistry meters) {
    this.deliveries = deliveries;
    this.jobs = jobs;
    this.properties = properties;
    this.meters = meters;
  }

  /**
   * Takes one delivery: refused while the provider is off ({@code offReason} not null), over the
   * size limit, or when {@code authenticate} names what is wrong with it; otherwise {@link
   * #accept}.
   *
   * @param authenticate the body to null when the delivery is authentic, else why it is not
   */
  public ResponseEntity<WebhookAnswer> receive(
      Provider provider,
      HttpServletRequest request,
      String offReason,
      Function<byte[], String> authenticate,
      String deliveryId,
      Function<byte[], WebhookDecision> decide)
      throws IOException {
    if (offReason != null) {
      return unauthorized(provider, offReason);
    }
    byte[] body = body(request);
    if (body == null) {
      return answer(
          provider,
          HttpStatus.PAYLOAD_TOO_LARGE,
          "too_large",
          "the delivery is larger than " + properties.maxBodySize());
    }
    String refusal = authenticate.apply(body);
    if (refusal != null) {
      return unauthorized(provider, refusal);
    }
    return accept(provider, deliveryId, () -> decide.apply(body));
  }

  private byte[] body(HttpServletRequest request) throws IOException {
    long max = properties.maxBodySize().toBytes();
    if (request.getContentLengthLong() > max) {
      return null;
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      return body.length > max ? null : body;
    }
  }

  private ResponseEntity<WebhookAnswer> unauthorized(Provider provider, String why) {
    log.warn("{} delivery refused: {}", provider.displayName(), why);
    return answer(provider, HttpStatus.UNAUTHORIZED, "unauthorized", why);
  }

  /** Handles an authentic delivery: replay check, then the provider's decision. */
  ResponseEntity<WebhookAnswer> accept(
      Provider provider, String deliveryId, Supplier<WebhookDecision> decide) {
    if (deliveryId == null || deliveryId.isBlank()) {
      return answer(provider, HttpStatus.BAD_REQUEST, "invalid", "the delivery has no id header");
    }
    String claim = provider.id() + ":" + deliveryId.strip();
    if (!deliveries.claim(claim)) {
      log.warn("{} delivery {} refused: already received", provider.displayName(), deliveryId);
      return answer(
          provider,
          HttpStatus.UNAUTHORIZED,
          "replayed",
          "delivery " + deliveryId + " was already received: replays are refused");
    }
    WebhookDecision decision;
    try {
      decision = decide.get();
    } catch (BadPayloadException | tools.jackson.core.JacksonException e) {
      return answer(provider, HttpStatus.BAD_REQUEST, "invalid", e.getMessage());
    }
    if (decision instanceof WebhookDecision.Ignore ignore) {
      return answer(provider, HttpStatus.ACCEPTED, "ignored", ignore.reason());
    }
    Push push = ((WebhookDecision.Review) decision).push();
    try {
      jobs.publish(GatewayJob.push(push), properties.enqueueTimeout());
    } catch (RuntimeException e) {
      deliveries.release(claim);
      log.warn(
          "Could not enqueue {} delivery {}: {}", provider.displayName(), deliveryId, e.toString());
      return answer(
          provider,
          HttpStatus.SERVICE_UNAVAILABLE,
          "unavailable",
          "the push could not be queued; deliver it again later");
    }
    log.info(
        "{} push {} of {} enqueued as review {}",
        provider.displayName(),
        push.headSha(),
        push.pullRequest().key(),
        push.reviewId());
    count(provider, "enqueued");
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(
            new WebhookAnswer(
                "enqueued",
                "review of " + push.headSha() + " queued",
                push.reviewId(),
                push.idempotencyKey()));
  }

  private ResponseEntity<WebhookAnswer> answer(
      Provider provider, HttpStatus status, String outcome, String message) {
    count(provider, outcome);
    return ResponseEntity.status(status).body(WebhookAnswer.of(outcome, message));
  }

  private void count(Provider provider, String outcome) {
    Counter.builder("scm.gateway.webhooks")
        .description("Webhook deliveries by provider and outcome")
        .tag("provider", provider.id())
        .tag("outcome", outcome)
        .register(meters)
        .increment();
  }
}
