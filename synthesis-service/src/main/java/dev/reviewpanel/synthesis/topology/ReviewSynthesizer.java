package dev.reviewpanel.synthesis.topology;

import dev.reviewpanel.events.AgentResult;
import dev.reviewpanel.events.ReviewPlan;
import dev.reviewpanel.report.assembly.ReportAssembler;
import java.time.Instant;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins one partition's plans and results: keeps each review's aggregate, emits the report when
 * every task has reported, and on a wall-clock sweep reports reviews past their deadline (a plan
 * that arrives after it included) and forgets reviews past their retention. A wake-up is removed
 * only once its review was handled, so a report that fails to emit is tried again.
 */
final class ReviewSynthesizer implements Processor<String, Object, String, Object> {

  private static final Logger log = LoggerFactory.getLogger(ReviewSynthesizer.class);

  private final SynthesisProperties properties;
  private final ReportAssembler assembler;
  private ProcessorContext<String, Object> context;
  private ReportEmitter emitter;
  private AggregateStore aggregates;
  private WakeUps wakeUps;

  ReviewSynthesizer(SynthesisProperties properties, ReportAssembler assembler) {
    this.properties = properties;
    this.assembler = assembler;
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.context = context;
    this.emitter = new ReportEmitter(context, assembler);
    KeyValueStore<String, ReviewAggregate> store =
        context.getStateStore(SynthesisTopology.AGGREGATES_STORE);
    this.aggregates = new AggregateStore(store);
    this.wakeUps = new WakeUps(context.getStateStore(SynthesisTopology.WAKE_UPS_STORE));
    context.schedule(properties.sweepInterval(), PunctuationType.WALL_CLOCK_TIME, this::sweep);
  }

  @Override
  public void process(Record<String, Object> record) {
    String reviewId =
        record.value() instanceof ReviewPlan plan
            ? plan.reviewId()
            : record.value() instanceof AgentResult result ? result.reviewId() : null;
    if (reviewId == null || !reviewId.equals(record.key())) {
      // the key decides the partition, so a record keyed otherwise would split its review's state
      log.warn("Skipping record keyed '{}' for review '{}'", record.key(), reviewId);
      return;
    }
    if (record.value() instanceof ReviewPlan plan) {
      onPlan(plan, now());
    } else {
      onResult((AgentResult) record.value(), now());
    }
  }

  private void onPlan(ReviewPlan plan, Instant now) {
    String reviewId = plan.reviewId();
    ReviewAggregate current = aggregates.get(reviewId);
    if (current != null && (current.hasPlan() || current.isReported())) {
      log.info("Ignoring duplicate plan of review {}", reviewId);
      return;
    }
    if (plan.deadline().isBefore(now)) {
      // e.g. after an outage: its results may be right behind it, so the next sweep reports it
      log.warn("Plan of review {} arrived after its deadline {}", reviewId, plan.deadline());
    }
    ReviewAggregate base = current == null ? ReviewAggregate.open(reviewId, now) : current;
    base.unplannedTaskIds(plan)
        .forEach(taskId -> log.warn("Dropping result of unplanned task {}", taskId));
    ReviewAggregate planned = base.withPlan(plan);
    // stored and scheduled first, so a report that fails to emit is retried at the deadline
    aggregates.put(reviewId, planned);
    wakeUps.schedule(plan.deadline(), reviewId);
    if (planned.allTasksReported()) {
      report(planned, now);
    }
  }

  private void onResult(AgentResult result, Instant now) {
    String reviewId = result.reviewId();
    ReviewAggregate current = aggregates.get(reviewId);
    if (current != null && current.isReported()) {
      log.debug("Ignoring late result {} of reported review {}", result.taskId(), reviewId);
      return;
    }
    if (current == null) {
      current = ReviewAggregate.open(reviewId, now);
      // results whose plan never comes are forgotten after the retention
      wakeUps.schedule(current.forgetAt(properties.retention()), reviewId);
    }
    if (current.hasPlan() && !current.isPlanned(result.taskId())) {
      log.warn("Ignoring result of unknown task {} of review {}", result.taskId(), reviewId);
      return;
    }
    if (current.hasResult(result.taskId())) {
      log.debug("Ignoring duplicate result {} of review {}", result.taskId(), reviewId);
      return;
    }
    ReviewAggregate updated = current.withResult(result);
    if (updated.allTasksReported()) {
      // not stored first: the reported aggregate replaces it in this same transaction, and the
      // full one (every result, the largest value a review has) is written only if emitting fails
      report(updated, now);
      return;
    }
    aggregates.put(reviewId, updated);
  }

  private void sweep(long wallClockMs) {
    Instant now = Instant.ofEpochMilli(wallClockMs);
    wakeUps.handleDue(now, properties.retryInterval(), reviewId -> wakeUp(reviewId, now));
  }

  private void wakeUp(String reviewId, Instant now) {
    ReviewAggregate aggregate = aggregates.get(reviewId);
    if (aggregate == null) {
      return;
    }
    if (aggregate.isReported() || !aggregate.hasPlan()) {
      if (!aggregate.forgetAt(properties.retention()).isAfter(now)) {
        if (!aggregate.isReported()) {
          log.warn("Dropping results of review {}: its plan never arrived", reviewId);
        }
        aggregates.delete(reviewId);
      }
    } else if (!aggregate.plan().deadline().isAfter(now)) {
      report(aggregate, now);
    }
  }

  private void report(ReviewAggregate aggregate, Instant now) {
    try {
      emitter.emit(aggregate.reviewId(), aggregate.plan(), aggregate.results(), now);
    } catch (RuntimeException e) {
      // stored as it is, so a report that fails to emit is retried by the deadline sweep
      aggregates.put(aggregate.reviewId(), aggregate);
      throw e;
    }
    ReviewAggregate reported = aggregate.reported(now);
    aggregates.put(aggregate.reviewId(), reported);
    wakeUps.schedule(reported.forgetAt(properties.retention()), aggregate.reviewId());
  }

  private Instant now() {
    return Instant.ofEpochMilli(context.currentSystemTimeMs());
  }
}
