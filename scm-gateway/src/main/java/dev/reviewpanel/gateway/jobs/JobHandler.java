package dev.reviewpanel.gateway.jobs;

/**
 * Does one kind of job. What it throws decides what happens next: {@code
 * ProviderUnavailableException} and other failures are retried on the retry topics, {@code
 * ProviderRejectedException} and {@link InvalidJobException} go straight to the dead letters.
 */
public interface JobHandler {

  GatewayJob.Kind kind();

  void handle(GatewayJob job);
}
