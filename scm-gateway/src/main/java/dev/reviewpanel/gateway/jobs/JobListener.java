package dev.reviewpanel.gateway.jobs;

import dev.reviewpanel.events.EventJson;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Runs the gateway's jobs, from the job topic and its retry topics. */
@Component
class JobListener {

  private static final Logger log = LoggerFactory.getLogger(JobListener.class);

  private final Map<GatewayJob.Kind, JobHandler> handlers = new EnumMap<>(GatewayJob.Kind.class);

  JobListener(List<JobHandler> handlers) {
    handlers.forEach(handler -> this.handlers.put(handler.kind(), handler));
  }

  @KafkaListener(
      id = JobTopics.JOBS_GROUP,
      groupId = JobTopics.JOBS_GROUP,
      topics = JobTopics.JOBS,
      containerFactory = JobsKafkaConfiguration.JOB_LISTENER_FACTORY)
  void onJob(ConsumerRecord<String, byte[]> record) {
    GatewayJob job = read(record);
    JobHandler handler = handlers.get(job.kind());
    if (handler == null) {
      throw new InvalidJobException("no handler for jobs of kind " + job.kind(), null);
    }
    log.debug("Job {} for {} from {}", job.kind(), record.key(), record.topic());
    handler.handle(job);
  }

  static GatewayJob read(ConsumerRecord<String, byte[]> record) {
    GatewayJob job;
    try {
      job = EventJson.mapper().readValue(record.value(), GatewayJob.class);
    } catch (RuntimeException e) {
      throw new InvalidJobException("the record is not a readable job: " + e.getMessage(), e);
    }
    boolean complete =
        job != null
            && job.kind() != null
            && (job.kind() == GatewayJob.Kind.PUSH
                ? job.push() != null && job.push().pullRequest() != null
                : job.provider() != null && job.report() != null && job.report().source() != null);
    if (!complete) {
      throw new InvalidJobException("the job lacks what its kind needs: " + record.key(), null);
    }
    return job;
  }
}
