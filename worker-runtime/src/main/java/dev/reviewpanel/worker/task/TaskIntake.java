package dev.reviewpanel.worker.task;

import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The task listener containers of this instance, the task topic's and its retry topics', paused
 * together when the in-flight window is full. A paused container keeps polling (it only receives
 * nothing), so the group never evicts it however long the window stays full.
 */
class TaskIntake {

  private final ObjectProvider<KafkaListenerEndpointRegistry> registry;
  private final String mainListenerId;

  TaskIntake(ObjectProvider<KafkaListenerEndpointRegistry> registry, String mainListenerId) {
    this.registry = registry;
    this.mainListenerId = mainListenerId;
  }

  void pause() {
    containers().forEach(MessageListenerContainer::pause);
  }

  void resume() {
    containers().forEach(MessageListenerContainer::resume);
  }

  private Stream<MessageListenerContainer> containers() {
    KafkaListenerEndpointRegistry listeners = registry.getIfAvailable();
    if (listeners == null) {
      return Stream.empty();
    }
    return listeners.getListenerContainers().stream()
        .filter(
            c ->
                mainListenerId.equals(c.getListenerId())
                    || mainListenerId.equals(c.getMainListenerId()));
  }
}
