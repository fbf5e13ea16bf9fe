package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Drafts have no issue date and no number, and each database puts such NULLs elsewhere by default
 * (PostgreSQL first in a descending order, H2 last): the lists now say where, so that the same
 * vouchers give the same pages on both. Newest first, a member's drafts open the list, newest draft
 * first, then the issued vouchers by issue date; oldest first, the drafts close it. Runs on
 * whichever database the suite runs on.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayName(
    "The voucher lists: drafts first when newest first, last when oldest first, on H2 and"
        + " PostgreSQL alike")
class VoucherListOrderIT {

  private static final Pattern ROW = Pattern.compile("<td><a href=\"[^\"]*/app/vouchers/(\\d+)\">");

  @ArquillianResource URL base;

  private Api api;
  private long member;
  private long march;
  private long april;
  private long february;
  private long firstDraft;
  private long secondDraft;
  private long site;
  private Fixtures fixtures;

  /**
   * Issued in March, a draft, issued in April, issued in February, another draft: the ids' own
   * order is neither the dates' nor the drafts' place.
   */
  @BeforeEach
  void vouchers() {
    api = new Api(base);
    fixtures = new Fixtures(api);
    long consortium = fixtures.consortium();
    member = fixtures.member(consortium, "OPH", true);
    long lot =
        fixtures.lot(fixtures.agreement(consortium), fixtures.operator(false), "0", "100000");
    fixtures.priceLine(lot, "H-JOUR", "30");
    site = fixtures.site(member, lot);
    march = issued(fixtures.issueOn(LocalDate.of(2022, 3, 1), member, site, "H-JOUR", "1", null));
    firstDraft = fixtures.draft(member, site, "H-JOUR");
    april = issued(fixtures.issueOn(LocalDate.of(2022, 4, 1), member, site, "H-JOUR", "1", null));
    february =
        issued(fixtures.issueOn(LocalDate.of(2022, 2, 1), member, site, "H-JOUR", "1", null));
    secondDraft = fixtures.draft(member, site, "H-JOUR");
  }

  private static long issued(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.json().getString("number")).isNotBlank();
    return reply.id();
  }

  @Test
  void theApiListsTheDraftsFirstThenTheIssuedVouchersNewestFirst() {
    List<JsonObject> listed =
        api.get("/vouchers?member=" + member).array().stream().map(JsonObject.class::cast).toList();
    assertThat(listed.stream().map(v -> v.getJsonNumber("id").longValue()))
        .containsExactly(secondDraft, firstDraft, april, march, february);
    assertThat(listed.subList(0, 2))
        .allMatch(
            v ->
                JsonValue.NULL.equals(v.getOrDefault("issueDate", JsonValue.NULL))
                    && "DRAFT".equals(v.getString("status")));
  }

  @Test
  void theOfficersPageListsTheDraftsFirstNewestFirstAndLastOldestFirst() {
    String cookie = logIn(PageLogins.officerOf(api, member));
    assertThat(rows(cookie, "app/vouchers"))
        .containsExactly(secondDraft, firstDraft, april, march, february);
    // Oldest first is the same list read backwards: the oldest draft before the newest.
    assertThat(rows(cookie, "app/vouchers?sort=issue-date&dir=asc"))
        .containsExactly(february, march, april, firstDraft, secondDraft);
    // By number, the drafts (no number yet) take the same place; numbers follow the issues.
    assertThat(rows(cookie, "app/vouchers?sort=number&dir=desc"))
        .containsExactly(secondDraft, firstDraft, february, april, march);
  }

  /**
   * Sorted by amount (V18's index holds that order), largest first equal amounts keep the list's
   * own order, drafts and then newest first; smallest first is exactly that list backwards, equal
   * amounts oldest first, so that PostgreSQL reads the index backwards instead of sorting within
   * each amount.
   */
  @Test
  void theOfficersPageSortsByAmountSmallestFirstAsTheExactReverseOfLargestFirst() {
    long ninety =
        issued(fixtures.issueOn(LocalDate.of(2022, 1, 1), member, site, "H-JOUR", "3", null));
    long sixty =
        issued(fixtures.issueOn(LocalDate.of(2022, 5, 1), member, site, "H-JOUR", "2", null));
    String cookie = logIn(PageLogins.officerOf(api, member));
    assertThat(rows(cookie, "app/vouchers?sort=total&dir=desc"))
        .containsExactly(ninety, sixty, secondDraft, firstDraft, april, march, february);
    assertThat(rows(cookie, "app/vouchers?sort=total&dir=asc"))
        .containsExactly(february, march, april, firstDraft, secondDraft, sixty, ninety);
  }

  private String logIn(String login) {
    HttpResponse<String> reply =
        Http.postForm(
            base,
            "app/login",
            "login="
                + URLEncoder.encode(login, StandardCharsets.UTF_8)
                + "&password="
                + URLEncoder.encode(PageLogins.PASSWORD, StandardCharsets.UTF_8)
                + "&next="
                + URLEncoder.encode("/app/vouchers", StandardCharsets.UTF_8),
            Map.of("Origin", Http.origin(base)));
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(303);
    return Http.sessionCookie(reply);
  }

  /** The vouchers' ids in the order the list page shows them. */
  private List<Long> rows(String cookie, String path) {
    HttpResponse<String> page = Http.get(base, path, Map.of("Cookie", cookie));
    assertThat(page.statusCode()).as(path).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    Matcher row = ROW.matcher(page.body());
    while (row.find()) {
      ids.add(Long.parseLong(row.group(1)));
    }
    return ids;
  }
}
