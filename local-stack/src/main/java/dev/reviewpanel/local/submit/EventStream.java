package dev.reviewpanel.local.submit;

import dev.reviewpanel.events.EventJson;
import dev.reviewpanel.events.ReviewEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A review's server-sent events, read on a daemon thread so a blocked read never outlives the
 * caller's deadline: the caller takes events from a queue with a timeout.
 */
final class EventStream {

  private final String reviewId;
  private final InputStream body;

  EventStream(String reviewId, InputStream body) {
    this.reviewId = reviewId;
    this.body = body;
  }

  /** Hands each event to {@code onEvent} until REPORT_READY, the stream's end, or the deadline. */
  void forEach(Consumer<ReviewEvent> onEvent, long deadlineNanos) {
    BlockingQueue<Optional<ReviewEvent>> events = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> read(events), "review-events-" + reviewId);
    reader.setDaemon(true);
    reader.start();
    try {
      while (true) {
        Optional<ReviewEvent> event =
            events.poll(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (event == null || event.isEmpty()) {
          return; // the deadline, or the stream's end
        }
        onEvent.accept(event.get());
        if (event.get().type() == ReviewEvent.Type.REPORT_READY) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SubmitFailure("interrupted");
    } finally {
      close(body);
    }
  }

  // "event:" lines name the type, which the JSON in "data:" repeats; a blank line ends an event
  private void read(BlockingQueue<Optional<ReviewEvent>> events) {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      StringBuilder data = new StringBuilder();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("data:")) {
          data.append(line.substring(5));
        } else if (line.isEmpty() && !data.isEmpty()) {
          events.add(Optional.of(EventJson.mapper().readValue(data.toString(), ReviewEvent.class)));
          data.setLength(0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // a broken stream ends like a closed one: the report poll decides
    } finally {
      events.add(Optional.empty());
    }
  }

  static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // closing only stops the read
    }
  }
}
