package dev.reviewpanel.worker.task;

import org.springframework.kafka.retrytopic.DeadLetterPublishingRecovererFactory;
import org.springframework.kafka.retrytopic.DestinationTopicResolver;
import org.springframework.kafka.retrytopic.RetryTopicComponentFactory;

/** The retry-topic machinery, with dead letters published by {@link DeadLetterRecordPublisher}. */
class TaskRetryComponents extends RetryTopicComponentFactory {

  @Override
  public DeadLetterPublishingRecovererFactory deadLetterPublishingRecovererFactory(
      DestinationTopicResolver destinationTopicResolver) {
    DeadLetterPublishingRecovererFactory factory =
        super.deadLetterPublishingRecovererFactory(destinationTopicResolver);
    factory.setDeadLetterPublisherCreator(DeadLetterRecordPublisher::new);
    return factory;
  }
}
