package fr.cadre.ordering.control;

/**
 * What became of one issue of a batch at one step: its value, or the refusal that takes it out of
 * the batch while the others go on.
 */
record Attempt<T>(T value, RuntimeException refusal) {

  static <T> Attempt<T> of(T value) {
    return new Attempt<>(value, null);
  }

  static <T> Attempt<T> refused(RuntimeException refusal) {
    return new Attempt<>(null, refusal);
  }

  boolean ok() {
    return refusal == null;
  }
}
