package dev.reviewpanel.worker.task;

import dev.reviewpanel.code.analysis.AnalysisEngine;
import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.events.Topics;
import dev.reviewpanel.llm.LlmReviewer;
import dev.reviewpanel.worker.TestCodeProperties;
import dev.reviewpanel.worker.TopicProperties;
import dev.reviewpanel.worker.WorkerProperties;
import dev.reviewpanel.worker.cache.CacheConfiguration;
import dev.reviewpanel.worker.cache.RuleResultCache;
import dev.reviewpanel.worker.llm.LlmConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.retrytopic.RetryTopicComponentFactory;
import org.springframework.kafka.retrytopic.RetryTopicConfiguration;
import org.springframework.kafka.retrytopic.RetryTopicConfigurationBuilder;

/**
 * The worker runtime, imported by {@code @EnableReviewWorker}: topics, retry topics, listeners, the
 * analysis engine over every {@code Analyzer} bean, publishing and metrics.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafka
@EnableConfigurationProperties({
  WorkerProperties.class,
  TopicProperties.class,
  TestCodeProperties.class
})
@Import({KafkaClientsConfiguration.class, CacheConfiguration.class, LlmConfiguration.class})
public class TaskConfiguration {

  @Bean
  TaskTopics reviewTaskTopics(WorkerProperties worker) {
    return TaskTopics.of(worker.agent());
  }

  @Bean
  WorkerId reviewWorkerId(WorkerProperties worker) {
    return WorkerId.generate(worker.agent());
  }

  @Bean
  AnalysisEngine reviewAnalysisEngine(
      WorkerProperties worker, TestCodeProperties testCode, List<Analyzer> analyzers) {
    return new AnalysisEngine(
        worker.agent(),
        analyzers,
        Clock.systemUTC(),
        testCode.policy(),
        SharedParses.of(worker.parseCacheChars(), worker.taskParseChars()));
  }

  @Bean
  WorkerMetrics reviewWorkerMetrics(
      MeterRegistry registry, WorkerProperties worker, List<Analyzer> analyzers) {
    return new WorkerMetrics(
        registry, worker.agent(), analyzers.stream().map(Analyzer::name).toList());
  }

  @Bean
  OutcomePublisher reviewOutcomePublisher(
      KafkaTemplate<String, Object> reviewKafkaTemplate, WorkerProperties worker, WorkerId id) {
    return new OutcomePublisher(
        reviewKafkaTemplate, worker.agent(), id.value(), worker.maxFindingEvents());
  }

  @Bean
  OffsetLedger reviewOffsetLedger() {
    return new OffsetLedger();
  }

  /** {@code taskAssignment} in the readiness group: UP once the task consumers joined. */
  @Bean
  AssignmentReadiness taskAssignmentHealthIndicator() {
    return new AssignmentReadiness();
  }

  @Bean
  OrderedCommits reviewOrderedCommits(
      OffsetLedger ledger, WorkerProperties worker, AssignmentReadiness readiness) {
    return new OrderedCommits(ledger, worker.concurrency().drainTimeout(), readiness);
  }

  @Bean
  FailedTaskForwarder reviewFailedTaskForwarder() {
    return new FailedTaskForwarder();
  }

  @Bean
  InFlightTasks reviewInFlightTasks(
      WorkerProperties worker,
      TaskTopics topics,
      OffsetLedger ledger,
      FailedTaskForwarder forwarder,
      ObjectProvider<KafkaListenerEndpointRegistry> registry) {
    WorkerProperties.Concurrency concurrency = worker.concurrency();
    return new InFlightTasks(
        worker.agent(),
        concurrency.maxInFlight(),
        concurrency.drainTimeout(),
        ledger,
        forwarder,
        new TaskIntake(registry, topics.group()));
  }

  /** On a clean stop, removes this instance's static members so its partitions move at once. */
  @Bean
  StaticMemberRelease reviewStaticMemberRelease(
      GroupMembership membership,
      KafkaProperties kafka,
      ObjectProvider<KafkaListenerEndpointRegistry> registry) {
    return new StaticMemberRelease(membership, kafka.buildAdminProperties(), registry);
  }

  @Bean(destroyMethod = "close")
  PauseWatch reviewPauseWatch(WorkerProperties worker) {
    return PauseWatch.start(worker.pauseThreshold());
  }

  @Bean
  TaskListener reviewTaskListener(
      AnalysisEngine engine,
      OutcomePublisher publisher,
      WorkerMetrics metrics,
      WorkerProperties worker,
      WorkerId id,
      InFlightTasks inFlight,
      ObjectProvider<LlmReviewer> llm,
      RuleResultCache ruleResults,
      PauseWatch pauses) {
    TaskRunner runner =
        new TaskRunner(
            engine,
            publisher,
            metrics,
            worker.taskBudget(),
            worker.maxFindingsPerTask(),
            id.value(),
            Clock.systemUTC(),
            llm.getIfAvailable(),
            worker.retry().attempts(),
            ruleResults,
            pauses);
    return new TaskListener(
        new TaskValidator(worker.agent()), runner, metrics, worker.retry().attempts(), inFlight);
  }

  @Bean
  DeadLetterListener reviewDeadLetterListener(
      OutcomePublisher publisher, WorkerMetrics metrics, WorkerProperties worker, WorkerId id) {
    return new DeadLetterListener(publisher, metrics, worker.agent(), id.value());
  }

  /**
   * Non-blocking retries: a task that fails transiently moves to {@code <tasks>-retry-0}, {@code
   * -retry-1}, ... with exponential back-off (the partition keeps flowing meanwhile), then to
   * {@code <tasks>-dlt}. Invalid and unreadable records skip the retries. The retry and dead-letter
   * topics are declared by {@link TaskRetryComponents}, like the task topic. The retry topics' own
   * DLT consumer stays stopped: {@link DeadLetterListener} reads the DLT as raw bytes instead.
   */
  @Bean
  RetryTopicConfiguration reviewTaskRetryTopics(
      KafkaTemplate<String, Object> reviewKafkaTemplate,
      ConcurrentKafkaListenerContainerFactory<String, ?> reviewTaskListenerFactory,
      TaskTopics topics,
      WorkerProperties worker) {
    WorkerProperties.Retry retry = worker.retry();
    return RetryTopicConfigurationBuilder.newInstance()
        .includeTopic(topics.tasks())
        .listenerFactory(reviewTaskListenerFactory)
        .maxAttempts(retry.attempts())
        .exponentialBackoff(
            retry.initialBackoff().toMillis(), retry.multiplier(), retry.maxBackoff().toMillis())
        .retryTopicSuffix(TaskTopics.RETRY_SUFFIX)
        .suffixTopicsWithIndexValues()
        .dltSuffix(Topics.DLT_SUFFIX)
        .notRetryOn(InvalidTaskException.class)
        .doNotAutoCreateRetryTopics()
        .autoStartDltHandler(false)
        .create(reviewKafkaTemplate);
  }

  // Spring-kafka's own retry-topic declarations cannot carry topic configs: ours do.
  @Bean
  RetryTopicComponentFactory reviewTaskRetryComponents(
      ConfigurableListableBeanFactory beans,
      TaskTopics topics,
      TopicProperties settings,
      OrderedCommits commits,
      FailedTaskForwarder forwarder) {
    TopicDeclarations declarations = new TopicDeclarations(settings);
    return new TaskRetryComponents(
        names -> declarations.declareTaskTopics(beans, names, topics.tasks()), commits, forwarder);
  }

  @Bean
  NewTopic reviewTasksTopic(TaskTopics topics, TopicProperties settings) {
    return new TopicDeclarations(settings).taskTopic(topics.tasks());
  }

  @Bean
  NewTopic reviewResultsTopic(TopicProperties settings) {
    return new TopicDeclarations(settings).topic(Topics.REVIEW_RESULTS);
  }

  @Bean
  NewTopic reviewEventsTopic(TopicProperties settings) {
    return new TopicDeclarations(settings).topic(Topics.REVIEW_EVENTS);
  }
}
