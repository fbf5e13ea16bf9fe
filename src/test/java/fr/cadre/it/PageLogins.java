package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Users the browser tests log in as, created by the administrator through the API: an officer of
 * one member, an operator's user, each seeing only its own records.
 */
final class PageLogins {

  static final String PASSWORD = "mot-de-passe-des-pages";

  private static final AtomicInteger COUNT = new AtomicInteger();

  private PageLogins() {}

  static String officerOf(Api api, long member) {
    return create(api, "OFFICER", "\"memberId\":" + member);
  }

  static String operatorOf(Api api, long operator) {
    return create(api, "OPERATOR", "\"operatorId\":" + operator);
  }

  /** Finance staff of the whole consortium: certifies, records invoices and payments, closes. */
  static String finance(Api api) {
    return create(api, "FINANCE", null);
  }

  /** Finance staff of one member: its budget, its vouchers' service done and invoices. */
  static String financeOf(Api api, long member) {
    return create(api, "FINANCE", "\"memberId\":" + member);
  }

  /** Every record, read-only: the frame of the pages, whoever the user. */
  static String auditor(Api api) {
    return create(api, "AUDITOR", null);
  }

  private static String create(Api api, String role, String scope) {
    String login =
        "pages." + role.toLowerCase() + "." + System.nanoTime() + "." + COUNT.incrementAndGet();
    Api.Reply created =
        api.asAdmin()
            .post(
                "/users",
                """
                {"login":"%s","name":"Essai des pages","roles":["%s"],%s"password":"%s"}"""
                    .formatted(login, role, scope == null ? "" : scope + ",", PASSWORD));
    assertThat(created.status()).as("user created: %s", created).isEqualTo(201);
    return login;
  }
}
