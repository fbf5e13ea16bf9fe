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
