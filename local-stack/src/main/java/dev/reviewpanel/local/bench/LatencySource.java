package dev.reviewpanel.local.bench;

/**
 * What a benchmark analysis waits on, standing in for a remote model: one blocking call per file
 * analyzed. Swap it for the real LLM reviewer by running the benchmark with {@code --reviewer=llm}.
 */
interface LatencySource {

  /** Blocks for as long as the remote side takes to answer for {@code agent}. */
  void call(String agent);
}
