package dev.reviewpanel.local.submit;

/** Why a review could not be submitted or followed to its end: exit code 2, with this message. */
final class SubmitFailure extends RuntimeException {

  SubmitFailure(String message) {
    super(message);
  }
}
