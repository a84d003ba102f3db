package dev.reviewpanel.coordinator.messaging;

import dev.reviewpanel.coordinator.planning.AgentRegistry;
import dev.reviewpanel.events.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** The topics the coordinator writes; KafkaAdmin creates the missing ones at startup. */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

  @Bean
  KafkaAdmin.NewTopics coordinatorTopics(TopicProperties topics, AgentRegistry registry) {
    List<NewTopic> declared = new ArrayList<>();
    declared.add(topic(Topics.REVIEW_REQUESTS, topics));
    // same partition count as the source: dead letters keep their partition
    declared.add(topic(Topics.deadLetter(Topics.REVIEW_REQUESTS), topics));
    declared.add(topic(Topics.REVIEW_PLANS, topics));
    declared.add(topic(Topics.REVIEW_EVENTS, topics));
    registry.all().forEach(agent -> declared.add(topic(agent.topic(), topics)));
    return new KafkaAdmin.NewTopics(declared.toArray(NewTopic[]::new));
  }

  private static NewTopic topic(String name, TopicProperties topics) {
    return TopicBuilder.name(name)
        .partitions(topics.partitions())
        .replicas(topics.replicationFactor())
        .config(
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
            String.valueOf(topics.maxMessageBytes().toBytes()))
        .build();
  }
}
