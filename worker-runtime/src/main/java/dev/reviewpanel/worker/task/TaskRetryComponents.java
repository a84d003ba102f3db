package dev.reviewpanel.worker.task;

import dev.reviewpanel.worker.analysis.SecretRedactor;
import java.util.Collection;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.retrytopic.DeadLetterPublishingRecovererFactory;
import org.springframework.kafka.retrytopic.DefaultDestinationTopicProcessor;
import org.springframework.kafka.retrytopic.DestinationTopic;
import org.springframework.kafka.retrytopic.DestinationTopicProcessor;
import org.springframework.kafka.retrytopic.DestinationTopicResolver;
import org.springframework.kafka.retrytopic.RetryTopicComponentFactory;

/**
 * The retry-topic machinery, with dead letters published by {@link DeadLetterRecordPublisher},
 * listener failures logged redacted, and the retry topics and DLT handed to {@code declareTopics}
 * once named, so they are declared with the task topic's settings.
 */
class TaskRetryComponents extends RetryTopicComponentFactory {

  private final Consumer<Collection<String>> declareTopics;

  TaskRetryComponents(Consumer<Collection<String>> declareTopics) {
    this.declareTopics = declareTopics;
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
