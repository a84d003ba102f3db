package dev.reviewpanel.coordinator;

import dev.reviewpanel.events.Topics;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.kafka.test.context.EmbeddedKafka;

/** An embedded KRaft broker whose single node can serve transactions (DESIGN section 2). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@EmbeddedKafka(
    partitions = 3,
    topics = Topics.REVIEW_REPORTS,
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1"
    })
public @interface TransactionalBroker {}
