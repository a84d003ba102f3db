package dev.reviewpanel.worker.testapp;

import dev.reviewpanel.code.analysis.Analyzer;
import dev.reviewpanel.code.analysis.Findings;
import dev.reviewpanel.code.analysis.Language;
import dev.reviewpanel.code.analysis.ParsedFile;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Stands in for a slow remote reviewer: analysis of a file under {@code gate/<name>/} waits until
 * the test opens gate {@code name}, so tests see how many tasks are in flight without timing.
 */
@Component
public class GatedAnalyzer implements Analyzer {

  private static final long LONGEST_WAIT_SECONDS = 120;

  private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> waiting = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> entries = new ConcurrentHashMap<>();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger mostRunning = new AtomicInteger();

  @Override
  public String name() {
    return "gated";
  }

  @Override
  public Set<Language> languages() {
    return Set.of(Language.JAVA);
  }

  @Override
  public void analyze(ParsedFile file, Findings findings) {
    if (!file.path().startsWith("gate/")) {
      return;
    }
    String name = file.path().split("/")[1];
    counter(entries, name).incrementAndGet();
    mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
    counter(waiting, name).incrementAndGet();
    try {
      if (!gate(name).await(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("gate " + name + " was never opened");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted at gate " + name, e);
    } finally {
      counter(waiting, name).decrementAndGet();
      running.decrementAndGet();
    }
  }

  /** Lets every task waiting at gate {@code name}, and any later one, through. */
  public void open(String name) {
    gate(name).countDown();
  }

  /** Tasks waiting at gate {@code name} right now. */
  public int waiting(String name) {
    return counter(waiting, name).get();
  }

  /** How often analysis reached gate {@code name}: more than once means redelivered. */
  public int entries(String name) {
    return counter(entries, name).get();
  }

  /** The most tasks ever waiting at once, over all gates. */
  public int mostRunning() {
    return mostRunning.get();
  }

  private CountDownLatch gate(String name) {
    return gates.computeIfAbsent(name, n -> new CountDownLatch(1));
  }

  private static AtomicInteger counter(Map<String, AtomicInteger> counters, String name) {
    return counters.computeIfAbsent(name, n -> new AtomicInteger());
  }
}
