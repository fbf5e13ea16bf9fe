package fr.cadre.it;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the records a test needs through the API, each with names and numbers of its own so that
 * tests sharing one server never collide.
 */
public final class Fixtures {

  private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100000));

  private final Api api;

  public Fixtures(Api api) {
    this.api = api;
  }

  public static int serial() {
    return SERIAL.incrementAndGet();
  }

  /** A valid SIRET: 13 digits from the serial, then the Luhn key. */
  public static String siret(int seed) {
    String body = String.format("%09d%04d", 100000000 + seed, seed % 10000);
    for (int key = 0; key <= 9; key++) {
      String candidate = body + key;
      if (fr.cadre.kernel.Siret.isValid(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException();
  }

  public long consortium() {
    return created(
        api.post(
            "/consortia",
            """
            {"name":"Groupement %d","constitutiveAgreementRef":"CC-%d","constitutiveAgreementDate":"2021-03-01"}"""
                .formatted(serial(), serial())));
  }

  public long member(long consortium, String legalForm, boolean mayOrder) {
    return created(
        api.post(
            "/consortia/" + consortium + "/members",
            """
            {"name":"Membre %d","siret":"%s","address":"1 rue de la République, 13001 Marseille",
             "legalForm":"%s","chorusServiceCode":"SERV-%d","mayOrder":%b}"""
                .formatted(serial(), siret(serial()), legalForm, serial(), mayOrder)));
  }

  public long operator(boolean vatExempt) {
    return created(
        api.post(
            "/operators",
            """
            {"name":"Médiateurs %d","siret":"%s","address":"2 bd National, 13003 Marseille","vatExempt":%b}"""
                .formatted(serial(), siret(serial()), vatExempt)));
  }

  /** An agreement in force from 2021-07-01: six months, then three renewals of a year. */
  public long agreement(long consortium) {
    return created(
        api.post(
            "/agreements",
            """
            {"consortiumId":%d,"reference":"AC-%d","object":"Médiation sociale urbaine",
             "cpvCode":"85320000","procedureLaunchDate":"2021-03-01","notificationDate":"2021-06-15",
             "startDate":"2021-07-01","initialMonths":6,"renewalCount":3,"renewalMonths":12}"""
                .formatted(consortium, serial())));
  }

  public long lot(long agreement, long holder, String minimum, String maximum) {
    return created(
        api.post(
            "/agreements/" + agreement + "/lots",
            """
            {"number":%d,"label":"Secteur %d","holderIds":[%d],"minimum":%s,"maximum":%s}"""
                .formatted(serial() % 1000 + 1, serial(), holder, minimum, maximum)));
  }

  public long priceLine(long lot, String code, String unitPrice) {
    return created(
        api.post(
            "/lots/" + lot + "/price-lines",
            """
            {"code":"%s","label":"Heure de médiation %s","unit":"heure","unitPrice":%s,"vatRate":20}"""
                .formatted(code, code, unitPrice)));
  }

  public long site(long member, long lot) {
    return created(
        api.post(
            "/sites",
            """
            {"code":"S-%d","name":"Résidence %d","address":"Marseille","district":"13015",
             "memberId":%d,"lotId":%d,"dwellings":500}"""
                .formatted(serial(), serial(), member, lot)));
  }

  /** Drafts and issues a voucher on 2022-03-01 (reconduction 1) for one price code. */
  public Api.Reply issue(long member, long site, String code, String quantity, String key) {
    return issueOn(LocalDate.of(2022, 3, 1), member, site, code, quantity, key);
  }

  /** The same, issued on {@code date}, executed from that day to the end of its month. */
  public Api.Reply issueOn(
      LocalDate date, long member, long site, String code, String quantity, String key) {
    return api.send(
        "POST",
        "/vouchers?issue=true",
        """
        {"memberId":%d,"siteId":%d,"object":"Médiation sociale, mars 2022","issueDate":"%s",
         "executionStart":"%s","executionEnd":"%s","commitmentNumber":"EJ-%s",
         "budgetYear":%d,"budgetLine":"6228","signatoryName":"Claire Martin","signatoryRole":"Directrice",
         "lines":[{"code":"%s","quantity":%s}]}"""
            .formatted(
                member,
                site,
                date,
                date,
                date.withDayOfMonth(date.lengthOfMonth()),
                key == null ? serial() : key,
                date.getYear(),
                code,
                quantity),
        key == null
            ? java.util.Map.of("X-Cadre-User", "agent.test")
            : java.util.Map.of("X-Cadre-User", "agent.test", "Idempotency-Key", key));
  }

  /** A draft of one hour in March 2022: not issued, so no number and no issue date yet. */
  public long draft(long member, long site, String code) {
    return created(
        api.post(
            "/vouchers",
            """
            {"memberId":%d,"siteId":%d,"object":"Médiation, mars 2022",
             "executionStart":"2022-03-01","executionEnd":"2022-03-31",
             "lines":[{"code":"%s","quantity":1}]}"""
                .formatted(member, site, code)));
  }

  private static long created(Api.Reply reply) {
    if (reply.status() != 201) {
      throw new AssertionError("expected 201 Created, got " + reply);
    }
    return reply.id();
  }
}
