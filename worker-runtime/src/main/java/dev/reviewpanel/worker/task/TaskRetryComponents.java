package dev.reviewpanel.worker.task;

import dev.reviewpanel.code.analysis.SecretRedactor;
import java.time.Clock;
import java.util.Collection;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.KafkaConsumerBackoffManager;
import org.springframework.kafka.retrytopic.DeadLetterPublishingRecovererFactory;
import org.springframework.kafka.retrytopic.DefaultDestinationTopicProcessor;
import org.springframework.kafka.retrytopic.DestinationTopic;
import org.springframework.kafka.retrytopic.DestinationTopicProcessor;
import org.springframework.kafka.retrytopic.DestinationTopicResolver;
import org.springframework.kafka.retrytopic.ListenerContainerFactoryConfigurer;
import org.springframework.kafka.retrytopic.RetryTopicComponentFactory;

/**
 * The retry-topic machinery, with dead letters published by {@link DeadLetterRecordPublisher},
 * listener failures logged redacted, and the retry topics and DLT handed to {@code declareTopics}
 * once named, so they are declared with the task topic's settings. Its recoverer is shared with the
 * {@link FailedTaskForwarder} of the in-flight window, and its error handlers report what they
 * forwarded to {@link OrderedCommits} instead of acknowledging it: only the ledger commits.
 */
class TaskRetryComponents extends RetryTopicComponentFactory {

  private final Consumer<Collection<String>> declareTopics;
  private final OrderedCommits commits;
  private final FailedTaskForwarder forwarder;

  TaskRetryComponents(
      Consumer<Collection<String>> declareTopics,
      OrderedCommits commits,
      FailedTaskForwarder forwarder) {
    this.declareTopics = declareTopics;
    this.commits = commits;
    this.forwarder = forwarder;
  }

  @Override
  public ListenerContainerFactoryConfigurer listenerContainerFactoryConfigurer(
      KafkaConsumerBackoffManager backoffManager,
      DeadLetterPublishingRecovererFactory recovererFactory,
      Clock clock) {
    ListenerContainerFactoryConfigurer configurer =
        super.listenerContainerFactoryConfigurer(backoffManager, recovererFactory, clock);
    configurer.setErrorHandlerCustomizer(
        handler -> {
          // An ack here would commit past tasks still in flight on the same partition.
          handler.setAckAfterHandle(false);
          handler.setRetryListeners(commits);
        });
    return configurer;
  }

  @Override
  public DestinationTopicProcessor destinationTopicProcessor(DestinationTopicResolver resolver) {
    return new DefaultDestinationTopicProcessor(resolver) {
      @Override
      public void processRegisteredDestinations(
          Consumer<Collection<String>> topicsCallback, Context context) {
        super.processRegisteredDestinations(topicsCallback.andThen(declareTopics), context);
      }
    };
  }

  @Override
  public DeadLetterPublishingRecovererFactory deadLetterPublishingRecovererFactory(
      DestinationTopicResolver destinationTopicResolver) {
    DeadLetterPublishingRecovererFactory factory =
        new RedactingRecovererFactory(destinationTopicResolver);
    factory.setDeadLetterPublisherCreator(DeadLetterRecordPublisher::new);
    factory.setDeadLetterPublishingRecovererCustomizer(forwarder::use);
    return factory;
  }

  /** Logs the failure that dead-letters a record redacted: its message can quote source code. */
  private static final class RedactingRecovererFactory
      extends DeadLetterPublishingRecovererFactory {

    RedactingRecovererFactory(DestinationTopicResolver destinationTopicResolver) {
      super(destinationTopicResolver);
    }

    @Override
    protected void maybeLogListenerException(
        Exception exception, ConsumerRecord<?, ?> record, DestinationTopic nextDestination) {
      super.maybeLogListenerException(SecretRedactor.redacted(exception), record, nextDestination);
    }
  }
}
