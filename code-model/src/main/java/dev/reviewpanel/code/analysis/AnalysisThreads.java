package dev.reviewpanel.code.analysis;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads an engine analyzes on: daemon threads with a stack deep enough for the recursive
 * parsers and visitors on nesting up to {@link JavaSyntax#MAX_NESTING}, created on demand and
 * retired when idle, so an engine needs no shutdown. A thread abandoned by a run that overran stays
 * busy until its analyzer returns; the next run simply gets another thread.
 */
final class AnalysisThreads {

  // Only touched pages of a stack use memory: a file of ordinary depth costs what it always did.
  static final long STACK_BYTES = 64L << 20;
  private static final long IDLE_SECONDS = 30;

  private AnalysisThreads() {}

  static ExecutorService forAgent(String agent) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        task -> {
          Thread thread =
              new Thread(
                  null, task, "analysis-" + agent + "-" + count.incrementAndGet(), STACK_BYTES);
          thread.setDaemon(true);
          return thread;
        };
    return new ThreadPoolExecutor(
        0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(), factory);
  }
}
