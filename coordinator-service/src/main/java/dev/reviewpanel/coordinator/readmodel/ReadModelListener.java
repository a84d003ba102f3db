package dev.reviewpanel.coordinator.readmodel;

import dev.reviewpanel.coordinator.backpressure.Backlog;
import dev.reviewpanel.events.ReviewEvent;
import dev.reviewpanel.events.ReviewReport;
import dev.reviewpanel.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds {@code review-events} and {@code review-reports} into the {@link ReviewStore} and the
 * {@link Backlog}.
 */
@Component
class ReadModelListener {

  private final ReviewStore store;
  private final Backlog backlog;

  ReadModelListener(ReviewStore store, Backlog backlog) {
    this.store = store;
    this.backlog = backlog;
  }

  @KafkaListener(
      id = "coordinator-readmodel",
      idIsGroup = false,
      topics = {Topics.REVIEW_EVENTS, Topics.REVIEW_REPORTS},
      containerFactory = "readModelContainerFactory")
  void onRecord(ConsumerRecord<String, Object> record) {
    // a compacted topic's tombstones and foreign records carry nothing for the view
    if (record.value() instanceof ReviewEvent event && event.reviewId() != null) {
      if (event.type() != null) {
        store.apply(event);
        switch (event.type()) {
          case ACCEPTED, PLANNED -> backlog.accepted(event.reviewId(), lines(event));
          case REPORT_READY -> backlog.finished(event.reviewId());
          default -> {}
        }
      }
    } else if (record.value() instanceof ReviewReport report && report.reviewId() != null) {
      store.apply(report);
      backlog.finished(report.reviewId());
    }
  }

  // ACCEPTED says how many lines the review has to analyze; 0 when it does not say
  private static long lines(ReviewEvent event) {
    return event.data().get("lines") instanceof Number lines ? lines.longValue() : 0;
  }
}
