package fr.cadre.pages;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/** A form post for the forms' unit tests: names and values alternate. */
public final class Posted {

  private Posted() {}

  public static MultivaluedMap<String, String> of(String... pairs) {
    MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      posted.add(pairs[i], pairs[i + 1]);
    }
    return posted;
  }
}
