package dev.reviewpanel.worker.task;

/** A task that can never succeed however often it is retried: it goes straight to the DLT. */
class InvalidTaskException extends RuntimeException {

  InvalidTaskException(String message) {
    super(message);
  }
}
