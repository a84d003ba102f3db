package dev.reviewpanel.llm;

/**
 * One exchange with a language model. Implementations are thread-safe; failures are thrown as they
 * come and classified by {@link ProviderFailure}.
 */
interface ReviewModel {

  /** The model's name, as metered. */
  String name();

  ModelReply ask(String system, String user);
}
