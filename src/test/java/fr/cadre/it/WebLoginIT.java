package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages' form login and the web hardening: redirect to the login page, a new session at login
 * (SameSite=Strict, HttpOnly), posts from another origin refused, logout, the session cookie worth
 * nothing on /api, and the security headers on every answer, errors included.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Form login on /app, session cookie, security headers")
class WebLoginIT {

  @ArquillianResource URL base;

  private HttpResponse<String> login(String cookie, String origin, String password) {
    String form =
        "login=essai&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&next="
            + URLEncoder.encode("/app/bons", StandardCharsets.UTF_8);
    Map<String, String> headers = new java.util.HashMap<>();
    if (origin != null) {
      headers.put("Origin", origin);
    }
    if (cookie != null) {
      headers.put("Cookie", cookie);
    }
    return Http.postForm(base, "app/login", form, headers);
  }

  @Test
  @DisplayName("an anonymous page request goes to the login page, which asks in French")
  void anAnonymousPageRequestIsSentToTheLoginPage() {
    HttpResponse<String> page = Http.get(base, "app/bons?statut=EMIS", Map.of());
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElse(""))
        .contains("/app/login?next=")
        .contains(URLEncoder.encode("/app/bons?statut=EMIS", StandardCharsets.UTF_8));
    HttpResponse<String> form = Http.get(base, "app/login?next=/app/bons", Map.of());
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains("Identifiant")
        .contains("Mot de passe")
        .contains("name=\"login\"")
        .contains("name=\"password\"")
        .contains("value=\"/app/bons\"");
    assertThat(form.headers().allValues("Set-Cookie")).as("no anonymous session").isEmpty();
  }

  @Test
  @DisplayName(
      "a right password opens a new session (SameSite=Strict, HttpOnly) and returns to"
          + " the page asked for; logout ends it")
  void aLoginOpensANewSessionAndLogoutEndsIt() {
    String origin = Http.origin(base);
    HttpResponse<String> first = login(null, origin, Api.TESTER_PASSWORD);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(303);
    assertThat(first.headers().firstValue("Location").orElse("")).endsWith("/app/bons");
    String setCookie =
        first.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertThat(setCookie).containsIgnoringCase("SameSite=Strict").containsIgnoringCase("HttpOnly");
    String cookie = Http.sessionCookie(first);

    HttpResponse<String> again = login(cookie, origin, Api.TESTER_PASSWORD);
    assertThat(Http.sessionCookie(again)).as("a new session id at login").isNotEqualTo(cookie);
    cookie = Http.sessionCookie(again);

    HttpResponse<String> page = Http.get(base, "app/bons", Map.of("Cookie", cookie));
    assertThat(page.statusCode()).as("logged in: no redirect").isNotEqualTo(302);
    assertThat(Http.get(base, "api/me", Map.of("Cookie", cookie)).statusCode())
        .as("a session cookie is worth nothing on /api")
        .isEqualTo(401);

    HttpResponse<String> foreign =
        Http.postForm(
            base, "app/logout", "", Map.of("Cookie", cookie, "Origin", "https://ailleurs.example"));
    assertThat(foreign.statusCode()).isEqualTo(403);
    HttpResponse<String> out =
        Http.postForm(base, "app/logout", "", Map.of("Cookie", cookie, "Origin", origin));
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(Http.get(base, "app/bons", Map.of("Cookie", cookie)).statusCode()).isEqualTo(302);
  }

  @Test
  @DisplayName("a wrong password shows the form again with 401; a post from elsewhere is refused")
  void aWrongPasswordOrAForeignPostOpensNoSession() {
    HttpResponse<String> wrong = login(null, Http.origin(base), "pas-le-bon-mot-de-passe");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("Identifiant ou mot de passe incorrect");
    assertThat(Http.sessionCookie(wrong)).isNull();
    HttpResponse<String> foreign = login(null, "https://ailleurs.example", Api.TESTER_PASSWORD);
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(Http.sessionCookie(foreign)).isNull();
    HttpResponse<String> noOrigin = login(null, null, Api.TESTER_PASSWORD);
    assertThat(noOrigin.statusCode()).isEqualTo(403);
  }

  @Test
  @DisplayName("every answer carries nosniff, DENY, a referrer policy and a strict CSP, errors too")
  void everyAnswerCarriesTheSecurityHeaders() {
    String auth = new Api(base).authorization();
    for (HttpResponse<String> response :
        java.util.List.of(
            Http.get(base, "api/me", Map.of("Authorization", auth)),
            Http.get(base, "api/me", Map.of()),
            Http.get(base, "api/nulle-part", Map.of("Authorization", auth)),
            Http.get(base, "nulle-part", Map.of()),
            Http.get(base, "app/login", Map.of()),
            Http.get(base, "app/bons", Map.of()))) {
      var headers = response.headers();
      String what = response.request().uri() + " " + response.statusCode();
      assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
      assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
      assertThat(headers.firstValue("Referrer-Policy")).as(what).isPresent();
      assertThat(headers.firstValue("Content-Security-Policy").orElse(""))
          .as(what)
          .contains("default-src 'self'")
          .contains("frame-ancestors 'none'")
          .doesNotContain("unsafe-inline")
          .doesNotContain("unsafe-eval");
    }
  }
}
