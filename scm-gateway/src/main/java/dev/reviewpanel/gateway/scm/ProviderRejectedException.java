package dev.reviewpanel.gateway.scm;

/** The provider refused a call (bad token, no permission, invalid payload): not worth retrying. */
public class ProviderRejectedException extends RuntimeException {

  private final int status;

  public ProviderRejectedException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
