package fr.cadre.it;

import java.util.EnumMap;
import java.util.Map;

/**
 * The world the access tests play in, built once per server through the API: a consortium of two
 * members, A and B (neither coordinator), two operators, X holding lot 1 that serves A's site, Y
 * holding lot 2 that serves B's site, and one user per caller: an officer and a finance officer of
 * A, consortium-wide finance, an operator's user of X, an auditor and an administrator.
 */
final class AccessWorld {

  /** Who asks; every column of the access matrix. */
  enum Who {
    ANONYMOUS,
    ADMIN,
    OFFICER_A,
    FINANCE_A,
    FINANCE_ALL,
    OPERATOR_X,
    AUDITOR
  }

  static final String PASSWORD = "mot-de-passe-matrice";

  private static AccessWorld world;

  final Api tester;
  final Fixtures fixtures;
  final long consortium;
  final long memberA;
  final long memberB;
  final long operatorX;
  final long operatorY;
  final long agreement;
  final long lotX;
  final long lotY;
  final long siteA;
  final long siteB;
  final Map<Who, String> logins = new EnumMap<>(Who.class);
  final Map<Who, Long> userIds = new EnumMap<>(Who.class);
  private final Map<Who, Api> apis = new EnumMap<>(Who.class);

  static synchronized AccessWorld of(Api tester) {
    if (world == null) {
      world = new AccessWorld(tester);
    }
    return world;
  }

  private AccessWorld(Api tester) {
    this.tester = tester;
    fixtures = new Fixtures(tester);
    consortium = fixtures.consortium();
    memberA = fixtures.member(consortium, "OPH", true);
    memberB = fixtures.member(consortium, "OPH", true);
    agreement = fixtures.agreement(consortium);
    operatorX = fixtures.operator(false);
    operatorY = fixtures.operator(false);
    lotX = fixtures.lot(agreement, operatorX, "0", "1000000");
    lotY = fixtures.lot(agreement, operatorY, "0", "1000000");
    fixtures.priceLine(lotX, "H-JOUR", "30");
    fixtures.priceLine(lotY, "H-JOUR", "30");
    siteA = fixtures.site(memberA, lotX);
    siteB = fixtures.site(memberB, lotY);
    int serial = Fixtures.serial();
    user(Who.ADMIN, serial, "ADMIN", null, null);
    user(Who.OFFICER_A, serial, "OFFICER", memberA, null);
    user(Who.FINANCE_A, serial, "FINANCE", memberA, null);
    user(Who.FINANCE_ALL, serial, "FINANCE", null, null);
    user(Who.OPERATOR_X, serial, "OPERATOR", null, operatorX);
    user(Who.AUDITOR, serial, "AUDITOR", null, null);
    apis.put(Who.ANONYMOUS, tester.anonymous());
  }

  private void user(Who who, int serial, String role, Long member, Long operator) {
    String login = who.name().toLowerCase().replace('_', '.') + "." + serial;
    Api.Reply created =
        tester
            .asAdmin()
            .post(
                "/users",
                """
                {"login":"%s","name":"Matrice %s","roles":["%s"],"memberId":%s,"operatorId":%s,"password":"%s"}"""
                    .formatted(login, who, role, member, operator, PASSWORD));
    if (created.status() != 201) {
      throw new AssertionError(who + " not created: " + created);
    }
    logins.put(who, login);
    userIds.put(who, created.id());
    apis.put(who, tester.as(login, PASSWORD));
  }

  Api as(Who who) {
    return apis.get(who);
  }

  /** A voucher issued by the tester for member A on A's site (lot of X), or B's (lot of Y). */
  long issued(boolean own) {
    Api.Reply reply =
        fixtures.issue(own ? memberA : memberB, own ? siteA : siteB, "H-JOUR", "1", null);
    if (reply.status() != 201) {
      throw new AssertionError("voucher not issued: " + reply);
    }
    return reply.id();
  }

  /** A draft of member A (own) or B. */
  long draft(boolean own) {
    return created(tester.post("/vouchers", order(own ? memberA : memberB, own ? siteA : siteB)));
  }

  /** An issued voucher moved on by the tester through these steps. */
  long advanced(boolean own, String... steps) {
    long id = issued(own);
    for (String step : steps) {
      String body =
          switch (step) {
            case "service-done" -> SERVICE_DONE;
            case "invoice" -> invoice();
            default -> "{}";
          };
      Api.Reply moved = tester.post("/vouchers/" + id + "/" + step, body);
      if (moved.status() != 200) {
        throw new AssertionError(step + " refused: " + moved);
      }
    }
    return id;
  }

  /** The whole of the one hour ordered, done within the month of execution. */
  static final String SERVICE_DONE =
      "{\"deliveredQuantities\":{\"H-JOUR\":1},\"doneOn\":\"2022-03-31\"}";

  /** An invoice of the hour done (30,00 € HT, 36,00 € TTC), received after it. */
  static String invoice() {
    return "{\"reference\":\"F-%d\",\"receivedOn\":\"2022-04-04\",\"amountHt\":30.00,\"amountTtc\":36.00}"
        .formatted(Fixtures.serial());
  }

  static String order(long member, long site) {
    return """
        {"memberId":%d,"siteId":%d,"object":"Médiation, matrice des accès","issueDate":"2022-03-01",
         "executionStart":"2022-03-01","executionEnd":"2022-03-31","lines":[{"code":"H-JOUR","quantity":1}]}"""
        .formatted(member, site);
  }

  static long created(Api.Reply reply) {
    if (reply.status() != 201) {
      throw new AssertionError("expected 201, got " + reply);
    }
    return reply.id();
  }
}
