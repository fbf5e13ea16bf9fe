package fr.cadre.pages.ordering;

import fr.cadre.ordering.control.VoucherSearch;
import fr.cadre.ordering.entity.VoucherStatus;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.Texts;
import fr.cadre.pages.TypedForm;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The voucher list's query string as typed: filters, sort and page. A value that does not parse is
 * kept as typed, named in the errors, and does not filter.
 */
public class VoucherListQuery {

  static final int PAGE_SIZE = 50;

  @QueryParam("member")
  String member;

  @QueryParam("lot")
  String lot;

  @QueryParam("site")
  String site;

  @QueryParam("holder")
  String holder;

  @QueryParam("status")
  String status;

  @QueryParam("period")
  String period;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("sort")
  String sort;

  @QueryParam("dir")
  String dir;

  @QueryParam("page")
  String page;

  private FormErrors errors;

  /** The filters that parsed; the others are reported in {@link #errors(Texts)}. */
  VoucherSearch.Filter filter(Texts texts) {
    errors = new FormErrors();
    return new VoucherSearch.Filter(
        id("member", member, texts),
        id("lot", lot, texts),
        id("site", site, texts),
        id("holder", holder, texts),
        status(texts),
        integer("period", period, texts),
        date("from", from, texts),
        date("to", to, texts));
  }

  FormErrors errors() {
    return errors;
  }

  public VoucherSearch.Sort sort() {
    for (VoucherSearch.Sort s : VoucherSearch.Sort.values()) {
      if (s.name().toLowerCase(Locale.ROOT).replace("_", "-").equals(sort)) {
        return s;
      }
    }
    return VoucherSearch.Sort.ISSUE_DATE;
  }

  public boolean ascending() {
    return "asc".equals(dir);
  }

  public int page() {
    return fr.cadre.pages.PageNumber.of(page);
  }

  /** The value typed in a filter field, to show it again. */
  public String value(String name) {
    return switch (name) {
      case "member" -> member;
      case "lot" -> lot;
      case "site" -> site;
      case "holder" -> holder;
      case "status" -> status;
      case "period" -> period;
      case "from" -> from;
      case "to" -> to;
      default -> null;
    };
  }

  /** The query string of this list with some parameters changed (a sort, a page). */
  public String with(String... changes) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String name :
        new String[] {"member", "lot", "site", "holder", "status", "period", "from", "to"}) {
      String v = value(name);
      if (v != null && !v.isBlank()) {
        params.put(name, v);
      }
    }
    if (sort != null) {
      params.put("sort", sort);
    }
    if (dir != null) {
      params.put("dir", dir);
    }
    for (int i = 0; i + 1 < changes.length; i += 2) {
      params.put(changes[i], changes[i + 1]);
    }
    StringBuilder query = new StringBuilder();
    params.forEach(
        (k, v) ->
            query
                .append(query.isEmpty() ? "?" : "&")
                .append(k)
                .append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
    return query.toString();
  }

  /** The link of a column header: this sort, reversed when it is the current one. */
  public String sortLink(String key) {
    boolean current = sort().name().toLowerCase(Locale.ROOT).replace("_", "-").equals(key);
    String direction = current && !ascending() ? "asc" : "desc";
    return with("sort", key, "dir", direction, "page", "0");
  }

  /** {@code ascending}, {@code descending} or {@code none}, for the column's aria-sort. */
  public String ariaSort(String key) {
    boolean current = sort().name().toLowerCase(Locale.ROOT).replace("_", "-").equals(key);
    return current ? (ascending() ? "ascending" : "descending") : null;
  }

  private Long id(String name, String raw, Texts texts) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      errors.add(name, texts.get("list.error.choice"));
      return null;
    }
  }

  private Integer integer(String name, String raw, Texts texts) {
    Long value = id(name, raw, texts);
    return value == null ? null : value.intValue();
  }

  private VoucherStatus status(Texts texts) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return VoucherStatus.valueOf(status.strip());
    } catch (IllegalArgumentException e) {
      errors.add("status", texts.get("list.error.choice"));
      return null;
    }
  }

  private LocalDate date(String name, String raw, Texts texts) {
    return TypedForm.date(name, raw, texts, errors);
  }
}
