package dev.reviewpanel.gateway.jobs;

import dev.reviewpanel.events.EventJson;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Puts jobs on the gateway's topic, keyed by pull request, and waits until Kafka has them. */
@Component
public class JobPublisher {

  private final KafkaTemplate<String, byte[]> template;

  JobPublisher(KafkaTemplate<String, byte[]> gatewayKafkaTemplate) {
    this.template = gatewayKafkaTemplate;
  }

  public void publish(GatewayJob job, Duration timeout) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            JobTopics.JOBS, job.pullRequest().key(), EventJson.mapper().writeValueAsBytes(job));
    try {
      template.send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while queueing a job", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Kafka did not take the job: " + e, e);
    }
  }
}
