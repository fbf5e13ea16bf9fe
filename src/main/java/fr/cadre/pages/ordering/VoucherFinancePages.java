package fr.cadre.pages.ordering;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.kernel.DomainException;
import fr.cadre.ordering.control.Ordering;
import fr.cadre.ordering.entity.InvoiceReceipt;
import fr.cadre.ordering.entity.Voucher;
import fr.cadre.ordering.entity.VoucherLine;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.PageUser;
import fr.cadre.pages.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.MvcContext;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Finance's steps on a voucher's page, each a form post calling {@link Ordering} as {@code POST
 * /api/vouchers/{id}/service-done}, {@code /invoice}, {@code /payment} and {@code /closing} do: the
 * voucher's own rules refuse, and the refusal is shown beside the field that caused it with what
 * was typed kept. Its path is the voucher pages' own ({@code vouchers}, merged by Jersey): a class
 * at {@code vouchers/{id}} would take the voucher's page from {@link VoucherPages}.
 */
@Controller
@Path("vouchers")
@RequestScoped
@Allowed(Role.FINANCE)
public class VoucherFinancePages {

  @Inject VoucherPages pages;
  @Inject Ordering ordering;
  @Inject PageUser user;
  @Inject MvcContext mvc;
  @Inject Validator validator;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{id}/service-done")
  public Response serviceDone(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    FinanceForm typed = typed(form);
    FormErrors errors = new FormErrors();
    Voucher voucher = ordering.visible(id);
    Map<String, BigDecimal> delivered = new LinkedHashMap<>();
    for (VoucherLine line : voucher.lines()) {
      BigDecimal q = typed.number("d-" + line.code(), errors, BigDecimal.ZERO);
      if (q != null) {
        delivered.put(line.code(), q);
      }
    }
    LocalDate doneOn = typed.date("doneOn", errors);
    String first = voucher.lines().isEmpty() ? null : "d-" + voucher.lines().get(0).code();
    return step(
        id,
        typed,
        errors,
        field ->
            field == null
                ? null
                : field.startsWith("deliveredQuantities.")
                    ? "d-" + field.substring("deliveredQuantities.".length())
                    : field.equals("deliveredQuantities") ? first : field,
        Map.of(),
        () -> ordering.certifyServiceDone(id, delivered, doneOn, user.actor()),
        "serviceDone");
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{id}/invoice")
  public Response invoice(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    FinanceForm typed = typed(form);
    FormErrors errors = new FormErrors();
    InvoiceReceipt receipt = typed.invoice(validator, errors);
    return step(
        id,
        typed,
        errors,
        field -> "reference".equals(field) ? "invoiceReference" : field,
        Map.of("invoice-reference", "invoiceReference", "invoice-exceeds-service-done", "amountHt"),
        () -> ordering.invoice(id, receipt, user.actor()),
        "invoiced");
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{id}/payment")
  public Response payment(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    FinanceForm typed = typed(form);
    FormErrors errors = new FormErrors();
    LocalDate paidOn = typed.date("paidOn", errors);
    String reference = typed.value("paidReference").strip();
    return step(
        id,
        typed,
        errors,
        field -> "reference".equals(field) ? "paidReference" : field,
        Map.of("invoice-paid", "paidReference"),
        () -> ordering.pay(id, reference.isEmpty() ? null : reference, paidOn, user.actor()),
        "paid");
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Path("{id}/closing")
  public Response closing(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    FinanceForm typed = typed(form);
    FormErrors errors = new FormErrors();
    String reason = typed.value("closingReason").strip();
    return step(
        id,
        typed,
        errors,
        field -> "reason".equals(field) ? "closingReason" : null,
        Map.of(),
        () -> ordering.close(id, reason.isEmpty() ? null : reason, user.actor()),
        "closed");
  }

  /**
   * Tries the step unless the form did not parse; a refusal goes beside its field: a violation's
   * own field (as {@code fields} names it on the form), else the field its rule concerns ({@code
   * rules}: the amount of an invoice beyond the service done), else the summary.
   */
  private Response step(
      long id,
      FinanceForm typed,
      FormErrors errors,
      UnaryOperator<String> fields,
      Map<String, String> rules,
      Runnable step,
      String done) {
    if (!errors.any()) {
      try {
        step.run();
        return pages.done(id, done);
      } catch (DomainException refused) {
        if (refused.violations().isEmpty()) {
          errors.add(
              refused.rule() == null ? null : rules.get(refused.rule()), refused.getMessage());
        } else {
          errors.violations(refused.violations(), fields);
        }
        return VoucherPages.refused(refused, pages.page(ordering.visible(id), errors, typed));
      }
    }
    return Response.status(400).entity(pages.page(ordering.visible(id), errors, typed)).build();
  }

  private FinanceForm typed(MultivaluedMap<String, String> form) {
    return FinanceForm.posted(form, texts());
  }

  private Texts texts() {
    return new Texts(mvc.getLocale());
  }
}
