package fr.cadre.pages.access;

import fr.cadre.access.entity.AuditEntry;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.Texts;
import fr.cadre.pages.TypedForm;
import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The audit log's filters as typed; a value that does not parse is named beside its field. */
public class AuditQuery {

  @QueryParam("actor")
  String actor;

  @QueryParam("action")
  String action;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("page")
  String page;

  public String value(String name) {
    String v =
        switch (name) {
          case "actor" -> actor;
          case "action" -> action;
          case "from" -> from;
          case "to" -> to;
          default -> null;
        };
    return v == null ? "" : v;
  }

  public int page() {
    return fr.cadre.pages.PageNumber.of(page);
  }

  /** This query with another page. */
  public String withPage(int other) {
    StringBuilder query = new StringBuilder("?");
    for (String name : new String[] {"actor", "action", "from", "to"}) {
      query
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value(name), StandardCharsets.UTF_8))
          .append('&');
    }
    return query.append("page=").append(other).toString();
  }

  AuditEntry.Action action(Texts texts, FormErrors errors) {
    if (action == null || action.isBlank()) {
      return null;
    }
    try {
      return AuditEntry.Action.valueOf(action.strip());
    } catch (IllegalArgumentException e) {
      errors.add("action", texts.get("list.error.choice"));
      return null;
    }
  }

  LocalDate date(String name, Texts texts, FormErrors errors) {
    return TypedForm.date(name, value(name), texts, errors);
  }
}
