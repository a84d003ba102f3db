package dev.reviewpanel.gateway.webhook;

/** An authentic delivery whose payload lacks what its event must carry. */
public class BadPayloadException extends RuntimeException {

  public BadPayloadException(String message) {
    super(message);
  }
}
