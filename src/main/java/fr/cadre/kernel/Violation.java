package fr.cadre.kernel;

/**
 * One thing wrong with a request: where (a field path such as {@code lots[2].maximum}, or a file
 * and line for imports), which rule (a CCP article or a named check) and why, in French for the
 * people who read it.
 */
public record Violation(String field, String rule, String message) {}
