package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How the API knows who asks: tokens (created, used, revoked), Basic, the 401 and what it says, the
 * lock after repeated failures, the audit log of it all, and the sample's demo users.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName("Authentication on /api: tokens, Basic, lockout, audit, demo users")
class AuthenticationIT {

  private static final String PASSWORD = "mot-de-passe-essai-auth";

  @ArquillianResource URL base;

  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  private String newUser(String role) {
    String login = "auth." + Fixtures.serial();
    Api.Reply created =
        api.asAdmin()
            .post(
                "/users",
                """
                {"login":"%s","name":"Essai","roles":["%s"],"password":"%s"}"""
                    .formatted(login, role, PASSWORD));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return login;
  }

  @Test
  @DisplayName("no credentials: 401 problem with WWW-Authenticate for Bearer and Basic")
  void withoutCredentialsTheApiAnswers401WithAChallenge() throws Exception {
    var response = Http.get(base, "api/consortia", Map.of());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate").orElse(""))
        .contains("Bearer")
        .contains("Basic");
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(response.body()).contains("unauthenticated");
    assertThat(api.anonymous().get("/me").status()).isEqualTo(401);
  }

  @Test
  @DisplayName("a token works at once, costs no session, and is refused as soon as it is revoked")
  void aTokenIsRefusedOnceRevoked() throws Exception {
    String login = newUser("AUDITOR");
    Api user = api.as(login, PASSWORD);
    Api.Reply created = user.post("/me/tokens", "{\"label\":\"script\",\"days\":30}");
    assertThat(created.status()).isEqualTo(201);
    String token = created.json().getString("token");
    assertThat(token).startsWith("cadre_").hasSizeGreaterThan(40);
    Api bearer = api.withToken(token);
    assertThat(bearer.get("/me").json().getString("login")).isEqualTo(login);
    var answered = Http.get(base, "api/me", Map.of("Authorization", "Bearer " + token));
    assertThat(answered.statusCode()).isEqualTo(200);
    assertThat(answered.headers().allValues("Set-Cookie")).as("no session on /api").isEmpty();
    JsonObject listed = user.get("/me/tokens").array().getJsonObject(0);
    assertThat(listed.containsKey("token")).as("the value is shown only once").isFalse();
    assertThat(user.send("DELETE", "/me/tokens/" + created.id(), null, Map.of()).status())
        .isEqualTo(200);
    assertThat(bearer.get("/me").status()).isEqualTo(401);
    assertThat(api.withToken(token + "x").get("/me").status()).isEqualTo(401);
  }

  @Test
  @DisplayName(
      "a token acts with its user's roles and scope, and is refused once the user is deactivated")
  void aTokenIsRefusedOnceItsUserIsDeactivated() throws Exception {
    String login = newUser("FINANCE");
    Api.Reply created =
        api.as(login, PASSWORD).post("/me/tokens", "{\"label\":\"script\",\"days\":30}");
    Api bearer = api.withToken(created.json().getString("token"));
    JsonObject me = bearer.get("/me").json();
    assertThat(me.getString("login")).isEqualTo(login);
    assertThat(me.toString()).contains("FINANCE");
    assertThat(bearer.get("/users").status()).as("not an administrator").isEqualTo(403);
    long id = api.userId(login);
    assertThat(api.asAdmin().send("DELETE", "/users/" + id, null, Map.of()).status())
        .isEqualTo(200);
    assertThat(bearer.get("/me").status()).isEqualTo(401);
  }

  @Test
  @DisplayName(
      "ten requests at once with a password not yet verified all answer 200: a script's first"
          + " burst, or the burst when the remembered credential has just run out")
  void concurrentFirstBasicLoginsOfOneUserAllSucceed() throws Exception {
    String login = newUser("AUDITOR");
    Api user = api.as(login, PASSWORD);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<Api.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        replies.add(pool.submit(() -> user.get("/me")));
      }
      for (Future<Api.Reply> reply : replies) {
        assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(actions(login).stream().filter("LOGIN_SUCCEEDED"::equals).count())
        .as("each verification recorded")
        .isBetween(1L, 10L);
  }

  @Test
  @DisplayName(
      "after 10 failures within 15 minutes the account is locked, even for the right"
          + " password, with the same answer as an unknown login; a reset unlocks it")
  void tenFailuresLockTheAccountUntilAnAdministratorResetsIt() {
    String login = newUser("AUDITOR");
    Api.Reply unknown = api.as("personne." + Fixtures.serial(), "mauvais-mot-de-passe").get("/me");
    Api.Reply wrong = null;
    for (int i = 0; i < 10; i++) {
      wrong = api.as(login, "mauvais-mot-de-passe").get("/me");
      assertThat(wrong.status()).isEqualTo(401);
    }
    assertThat(wrong.body()).as("same words whether the login exists").isEqualTo(unknown.body());
    long started = System.nanoTime();
    Api.Reply locked = api.as(login, PASSWORD).get("/me");
    assertThat(locked.status()).as("locked, right password").isEqualTo(401);
    assertThat(locked.body()).isEqualTo(unknown.body());
    assertThat((System.nanoTime() - started) / 1_000_000)
        .as("refusals to a failing address are slowed down")
        .isGreaterThanOrEqualTo(200);
    long id = api.userId(login);
    assertThat(api.asAdmin().get("/users/" + id).json().isNull("lockedUntil")).isFalse();
    assertThat(
            api.asAdmin()
                .post("/users/" + id + "/password", "{\"password\":\"" + PASSWORD + "-2\"}")
                .status())
        .isEqualTo(200);
    assertThat(api.as(login, PASSWORD + "-2").get("/me").status()).isEqualTo(200);

    List<String> actions = actions(login);
    assertThat(actions).contains("LOGIN_FAILED", "ACCOUNT_LOCKED", "LOGIN_SUCCEEDED");
    assertThat(api.get("/audit?actor=admin&action=PASSWORD_RESET&size=500").body())
        .as("the reset, by the administrator")
        .contains("\"target\":\"" + login + "\"");
    assertThat(api.get("/audit?actor=admin&action=ACCOUNT_UNLOCKED&size=500").body())
        .as("the unlock, recorded")
        .contains("\"target\":\"" + login + "\"");
    assertThat(actions.stream().filter("LOGIN_FAILED"::equals).count()).isGreaterThanOrEqualTo(10);
  }

  @Test
  @DisplayName("the audit log records logins, tokens, user changes and refusals, never a secret")
  void theAuditLogRecordsWhoDidWhatFromWhereAndNoSecret() {
    String login = newUser("AUDITOR");
    Api user = api.as(login, PASSWORD);
    Api.Reply token = user.post("/me/tokens", "{\"label\":\"audit\"}");
    user.send("DELETE", "/me/tokens/" + token.id(), null, Map.of());
    assertThat(user.post("/consortia", "{}").status()).isEqualTo(403);
    Api.Reply log = api.get("/audit?actor=" + login + "&size=500");
    assertThat(log.status()).isEqualTo(200);
    List<JsonObject> entries =
        log.array().stream().map(v -> v.asJsonObject()).collect(Collectors.toList());
    assertThat(entries)
        .extracting(e -> e.getString("action"))
        .contains("LOGIN_SUCCEEDED", "TOKEN_CREATED", "TOKEN_REVOKED", "ACCESS_REFUSED");
    assertThat(entries).allSatisfy(e -> assertThat(e.getString("address")).isNotBlank());
    String everything = api.get("/audit?size=500").body();
    assertThat(everything)
        .doesNotContain(PASSWORD)
        .doesNotContain(Api.TESTER_PASSWORD)
        .doesNotContain(token.json().getString("token"));
    assertThat(api.get("/audit?action=USER_CREATED&size=500").body()).contains(login);
    assertThat(api.as(login, PASSWORD).get("/audit").status())
        .as("auditors read it")
        .isEqualTo(200);
  }

  @Test
  @DisplayName("the sample brings its seven demo users, in order, each seeing its own data")
  void theSampleBringsItsDemoUsers() {
    Health.awaitReady(api);
    List<JsonObject> users = api.get("/users").array().stream().map(v -> v.asJsonObject()).toList();
    List<String> demo =
        List.of(
            "acheteur.ville",
            "acheteur.logis",
            "finances.groupement",
            "finances.ville",
            "titulaire.passerelles",
            "titulaire.mup",
            "auditeur");
    assertThat(users).extracting(u -> u.getString("login")).containsAll(demo);
    Api city = api.as("acheteur.ville", "demo-cadre-2026");
    JsonObject me = city.get("/me").json();
    assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("OFFICER");
    long cityId = me.getJsonNumber("memberId").longValue();
    assertThat(api.get("/members/" + cityId).json().getString("name"))
        .isEqualTo("Ville de Marseille");
    Api holder = api.as("titulaire.passerelles", "demo-cadre-2026");
    long operator = holder.get("/me").json().getJsonNumber("operatorId").longValue();
    holder
        .get("/vouchers?size=500")
        .array()
        .forEach(
            v ->
                assertThat(v.asJsonObject().getJsonNumber("holderId").longValue())
                    .isEqualTo(operator));
    assertThat(api.as("auditeur", "demo-cadre-2026").post("/consortia", "{}").status())
        .isEqualTo(403);
  }

  private List<String> actions(String login) {
    return api.get("/audit?actor=" + login + "&size=500").array().stream()
        .map(v -> v.asJsonObject().getString("action"))
        .toList();
  }
}
