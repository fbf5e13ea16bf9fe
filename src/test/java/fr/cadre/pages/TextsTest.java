package fr.cadre.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The pages' texts: French and English bundles with the same keys, French by default")
class TextsTest {

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        Texts.BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(bundle(Locale.ENGLISH).keySet())
        .containsExactlyInAnyOrderElementsOf(bundle(Locale.FRENCH).keySet());
  }

  /**
   * A key written twice is silently the last one: two pages that picked the same key show one of
   * them another's text (the operator's list was once titled "Titulaire {0}" by an edit page).
   */
  @Test
  void noKeyIsDefinedTwiceInABundle() throws Exception {
    for (String file : java.util.List.of("texts.properties", "texts_en.properties")) {
      java.util.Map<String, Long> counts =
          java.nio.file.Files.readAllLines(
                  java.nio.file.Path.of("src/main/resources/fr/cadre/pages", file))
              .stream()
              .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("="))
              .map(l -> l.substring(0, l.indexOf('=')).strip())
              .collect(
                  java.util.stream.Collectors.groupingBy(
                      k -> k, java.util.stream.Collectors.counting()));
      assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(e -> e.getKey()))
          .as("keys defined twice in " + file)
          .isEmpty();
    }
  }

  @Test
  void frenchIsTheBaseAndEnglishItsOwn() {
    assertThat(new Texts(Locale.FRENCH).get("nav.home")).isEqualTo("Accueil");
    assertThat(new Texts(Locale.GERMAN).get("nav.home")).isEqualTo("Accueil");
    assertThat(new Texts(Locale.ENGLISH).get("nav.home")).isEqualTo("Home");
  }

  @Test
  void placeholdersAreFilledAndAMissingKeyShowsItself() {
    assertThat(new Texts(Locale.FRENCH).get("error.status", 404))
        .isEqualTo("Code de réponse : 404.");
    assertThat(new Texts(Locale.FRENCH).get("no.such.key")).isEqualTo("??no.such.key??");
  }

  @Test
  void theLanguageIsTheChosenOneThenTheBrowsersThenFrench() {
    assertThat(Language.resolve("en", java.util.List.of(Locale.FRENCH))).isEqualTo(Locale.ENGLISH);
    assertThat(Language.resolve(null, java.util.List.of(Locale.GERMAN, Locale.UK)).getLanguage())
        .isEqualTo("en");
    assertThat(Language.resolve("de", java.util.List.of(Locale.GERMAN))).isEqualTo(Locale.FRENCH);
  }
}
