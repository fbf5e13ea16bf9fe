package fr.cadre.pages.ledger;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.access.entity.Scope;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.entity.FrameworkAgreement;
import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.Member;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import fr.cadre.ledger.boundary.MemberFinanceResource.EnvelopeInput;
import fr.cadre.ledger.control.FinanceView;
import fr.cadre.ordering.control.MemberFinances;
import fr.cadre.ordering.entity.MemberFinance;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.PageUser;
import fr.cadre.pages.Texts;
import fr.cadre.pages.TypedForm;
import fr.cadre.pages.ordering.VoucherPages;
import fr.cadre.platform.ConstraintViolationMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Comparator;
import java.util.Optional;

/**
 * A member's finance as its accounting follows it, as {@code GET /api/members/{id}/finance/view}
 * gives it ({@link FinanceView}): by budget year and line, the envelope's credit, committed,
 * service done, invoiced, paid and what the credit leaves; the restes à réaliser; the invoices
 * awaiting payment and late. Finance records an envelope's credit and the member's settings
 * (payment delay, tolerance, budget check) with the API's own checks and the domain's rules, a
 * refusal beside its field. Only the member's own users and consortium-wide ones see it.
 */
@Controller
@Path("budgets")
@RequestScoped
public class MemberFinancePages {

  @Inject Models models;
  @Inject MvcContext mvc;
  @Inject PageUser user;
  @Inject Directory directory;
  @Inject Agreements agreements;
  @Inject FinanceView view;
  @Inject MemberFinances finances;
  @Inject Validator validator;
  @Context HttpServletRequest request;

  /** The members whose finance the user may read: its own, or every member of the consortia. */
  @GET
  @Allowed({Role.ADMIN, Role.FINANCE, Role.OFFICER, Role.AUDITOR})
  public Response members() {
    Scope scope = user.scope();
    if (scope.ofMember()) {
      return Response.seeOther(uri("/app/budgets/" + scope.memberId())).build();
    }
    models.put(
        "members",
        directory.consortia().stream()
            .flatMap(c -> directory.members(c.id()).stream())
            .sorted(Comparator.comparing(Member::name))
            .toList());
    return Response.ok("ledger/members.jte").build();
  }

  @GET
  @Path("{id}")
  @Allowed({Role.ADMIN, Role.FINANCE, Role.OFFICER, Role.AUDITOR})
  public String member(@PathParam("id") long id) {
    return page(id, new FormErrors(), stored(requireOwn(id)));
  }

  @POST
  @Path("{id}/envelopes")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Allowed(Role.FINANCE)
  public Response envelope(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
    TypedForm typed = TypedForm.posted(posted, texts());
    FormErrors errors = new FormErrors();
    Long agreement = typed.id("agreementId", errors);
    Integer year = typed.year("budgetYear", errors);
    // A blank credit removes the envelope (the line is no longer checked), as the API's null does.
    EnvelopeInput input =
        new EnvelopeInput(
            agreement, year, typed.value("budgetLine").strip(), typed.number("credit", errors));
    if (!errors.any()) {
      errors.violations(ConstraintViolationMapper.violations(validator.validate(input)), f -> f);
    }
    return step(
        id,
        typed,
        errors,
        () ->
            view.envelope(
                requireOwn(id),
                input.agreementId(),
                input.budgetYear(),
                input.budgetLine(),
                Money.of(input.credit())),
        "envelope");
  }

  @POST
  @Path("{id}/settings")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Allowed(Role.FINANCE)
  public Response settings(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
    TypedForm typed = TypedForm.posted(posted, texts());
    FormErrors errors = new FormErrors();
    Integer delay = typed.integer("paymentDelayDays", errors);
    BigDecimal tolerance = typed.number("invoiceTolerance", errors);
    MemberFinance.BudgetCheck check =
        "REFUSE".equals(typed.value("budgetCheck"))
            ? MemberFinance.BudgetCheck.REFUSE
            : MemberFinance.BudgetCheck.WARN;
    return step(
        id,
        typed,
        errors,
        () ->
            finances.revise(
                requireOwn(id), delay, tolerance == null ? Money.ZERO : Money.of(tolerance), check),
        "settings");
  }

  private Response step(long id, TypedForm typed, FormErrors errors, Runnable step, String done) {
    if (!errors.any()) {
      try {
        step.run();
        return Response.seeOther(uri("/app/budgets/" + id + "?done=" + done)).build();
      } catch (DomainException refused) {
        errors.refused(refused, f -> f, null);
        return VoucherPages.refused(refused, page(id, errors, typed));
      }
    }
    return Response.status(400).entity(page(id, errors, typed)).build();
  }

  private String page(long id, FormErrors errors, TypedForm typed) {
    Member member = directory.member(requireOwn(id));
    FinanceView.View v = view.of(id, Optional.empty());
    models.put("member", member);
    models.put("view", v);
    models.put("settings", finances.of(id));
    models.put("delay", finances.of(id).paymentDelayDays(member));
    models.put(
        "agreements",
        agreements.all().stream()
            .filter(a -> a.consortium().id().equals(member.consortium().id()))
            .sorted(Comparator.comparing(FrameworkAgreement::reference))
            .toList());
    models.put("errors", errors);
    models.put("form", typed);
    models.put("stored", stored(id));
    String done = request.getParameter("done");
    models.put("done", "envelope".equals(done) || "settings".equals(done) ? done : null);
    return "ledger/member.jte";
  }

  /** The forms as the member's stored settings fill them, this year's envelope by default. */
  private TypedForm stored(long id) {
    MemberFinance settings = finances.of(id);
    return TypedForm.shown(
        "budgetYear",
        java.time.LocalDate.now().getYear(),
        "paymentDelayDays",
        settings.ownPaymentDelayDays(),
        "invoiceTolerance",
        settings.invoiceTolerance().amount(),
        "budgetCheck",
        settings.budgetCheck().name());
  }

  /** The member, if the user may act for it: another member's page is not found for them. */
  private long requireOwn(long id) {
    user.caller().requireActsForMember(id);
    return id;
  }

  private Texts texts() {
    return new Texts(mvc.getLocale());
  }

  private URI uri(String path) {
    return URI.create(request.getContextPath() + path);
  }
}
