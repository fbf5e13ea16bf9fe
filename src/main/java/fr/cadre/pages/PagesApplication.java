package fr.cadre.pages;

import jakarta.mvc.security.Csrf;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * The web pages, under {@code /app}, beside the API under {@code /api}. Its classes are listed, as
 * the API's are, so that neither application takes the other's; Krazo checks a CSRF token on every
 * form post of its controllers (IMPLICIT). The access boundary's {@link
 * fr.cadre.access.boundary.Authorization} checks the roles each controller states with
 * {@code @Allowed}; a controller without it is open to every logged-in user.
 */
@ApplicationPath("app")
public class PagesApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        HomePages.class,
        LanguagePages.class,
        PageErrors.class,
        PageRefusals.class,
        fr.cadre.pages.agreement.AgreementPages.class,
        fr.cadre.pages.ordering.VoucherPages.class,
        fr.cadre.pages.ordering.VoucherFinancePages.class,
        fr.cadre.pages.ledger.LedgerPages.class,
        fr.cadre.pages.ledger.AlertPages.class,
        fr.cadre.pages.ledger.PaymentPages.class,
        fr.cadre.pages.ledger.MemberFinancePages.class,
        fr.cadre.pages.ledger.ExportPages.class,
        fr.cadre.pages.ordering.VoucherPdfPages.class,
        fr.cadre.pages.ordering.IssuePages.class,
        fr.cadre.pages.ordering.OperatorPages.class,
        fr.cadre.pages.ordering.OperatorArchivePages.class,
        fr.cadre.pages.access.UserPages.class,
        fr.cadre.pages.access.AccountPages.class,
        fr.cadre.pages.access.AuditPages.class,
        fr.cadre.pages.importing.ImportPages.class,
        fr.cadre.pages.importing.ImportUploadPages.class,
        fr.cadre.pages.directory.ReferencePages.class,
        fr.cadre.pages.directory.OperatorPages.class,
        fr.cadre.pages.directory.MemberPages.class,
        fr.cadre.pages.directory.SitePages.class,
        fr.cadre.pages.agreement.AgreementEditPages.class,
        fr.cadre.pages.agreement.LotPages.class,
        fr.cadre.pages.agreement.PriceLinePages.class,
        fr.cadre.pages.info.InfoPages.class,
        fr.cadre.access.boundary.Authorization.class);
  }

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(Csrf.CSRF_PROTECTION, Csrf.CsrfOptions.IMPLICIT);
  }
}
