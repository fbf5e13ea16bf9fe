package fr.cadre.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Slows down the refusals to an address whose logins keep failing: after {@value #FREE} failures
 * within 15 minutes, each new refusal to it waits {@value #STEP_MS} ms more, up to {@value #MAX_MS}
 * ms. It never refuses anything itself, and a right password is answered at once: on a shared
 * address (a whole office behind one proxy) nobody is locked out or slowed by someone else's
 * typing. Kept in memory: per instance, lost at restart.
 */
@ApplicationScoped
public class Throttle {

  static final int FREE = 5;
  static final long STEP_MS = 200;
  static final long MAX_MS = 3_000;
  private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(15);

  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

  public void failed(String address) {
    if (failures.size() > 10_000) {
      failures.clear();
    }
    Deque<Long> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(System.nanoTime());
      while (times.size() > 100) {
        times.removeFirst();
      }
    }
  }

  /** How long the next attempt from this address waits. */
  public long delayMillis(String address) {
    Deque<Long> times = failures.get(address);
    if (times == null) {
      return 0;
    }
    long since = System.nanoTime() - WINDOW_NANOS;
    int recent;
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst() < since) {
        times.removeFirst();
      }
      recent = times.size();
    }
    return recent <= FREE ? 0 : Math.min(MAX_MS, (recent - FREE) * STEP_MS);
  }

  public void await(String address) {
    long delay = delayMillis(address);
    if (delay > 0) {
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
