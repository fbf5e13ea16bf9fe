package fr.cadre.bench;

import java.util.Arrays;

/** Latencies of one measure, one call after the other, after a warm-up. */
record Percentiles(double[] millis) {

  /** {@code before} runs ahead of each call, untimed. */
  static Percentiles of(int warmup, int count, Runnable before, Runnable call) {
    for (int i = 0; i < warmup; i++) {
      before.run();
      call.run();
    }
    double[] millis = new double[count];
    for (int i = 0; i < count; i++) {
      before.run();
      long started = System.nanoTime();
      call.run();
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(millis);
    return new Percentiles(millis);
  }

  double at(double share) {
    return millis[
        Math.max(0, Math.min(millis.length - 1, (int) Math.ceil(share * millis.length) - 1))];
  }

  double max() {
    return millis[millis.length - 1];
  }

  String line() {
    return String.format("%.1f / %.1f / %.1f ms", at(0.5), at(0.95), at(0.99));
  }
}
