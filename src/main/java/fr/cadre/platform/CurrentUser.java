package fr.cadre.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.regex.Pattern;

/**
 * Who is acting, for the history of every transition. The authenticated principal when there is
 * one; until authentication lands, the {@code X-Cadre-User} header names the officer, and a call
 * with neither is recorded as "anonyme". Queries will filter on this user's member or operator.
 */
@RequestScoped
public class CurrentUser {

  static final String HEADER = "X-Cadre-User";

  /** What a user name may not contain in logs and history (it is compiled once, not per call). */
  private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._@ -]");

  @Inject HttpServletRequest request;

  private String name;

  /**
   * Worked out once per request, from the servlet request: asking the security context for the
   * caller goes through JACC and cost a tenth of a voucher issue.
   */
  public String name() {
    if (name == null) {
      name = resolve();
    }
    return name;
  }

  private String resolve() {
    Principal principal = request.getUserPrincipal();
    if (principal != null) {
      return principal.getName();
    }
    String header = request.getHeader(HEADER);
    if (header != null && !header.isBlank()) {
      return UNSAFE.matcher(header.strip()).replaceAll("_");
    }
    return "anonyme";
  }
}
