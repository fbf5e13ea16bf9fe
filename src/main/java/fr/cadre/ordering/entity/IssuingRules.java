package fr.cadre.ordering.entity;

import fr.cadre.agreement.entity.AgreementPeriod;
import fr.cadre.agreement.entity.FrameworkAgreement;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Violations;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a voucher passes before it is issued, other than the maximum (which is enforced in the
 * database, where concurrent issues meet). Returns the warnings a buyer should see.
 */
public final class IssuingRules {

  private IssuingRules() {}

  /** R2162-6: who may order, for which site, from which holder. */
  public static void checkWhoOrders(Order order, OrderingPolicy policy) {
    Violations v = new Violations();
    var member = order.member();
    var consortium = order.lot().agreement().consortium();
    v.check(
        member.consortium().id().equals(consortium.id()),
        "memberId",
        "R2162-6",
        () -> "R2162-6 : " + member.name() + " n'est pas membre du groupement de l'accord-cadre");
    v.check(
        member.mayIssueVouchers(),
        "memberId",
        "R2162-6",
        () ->
            "R2162-6 : "
                + member.name()
                + (member.joinedAfterProcedure()
                    ? " a rejoint le groupement après la procédure et ne peut pas commander"
                    : " n'est pas désigné comme acheteur pouvant émettre des bons de commande"));
    boolean ownSite = order.site().member().id().equals(member.id());
    boolean coordinatorForAll =
        policy.coordinatorOrdersForAll() && consortium.isCoordinator(member);
    v.check(
        ownSite || coordinatorForAll,
        "siteId",
        "R2162-6",
        () ->
            "R2162-6 : le site "
                + order.site().code()
                + " relève de "
                + order.site().member().name()
                + ", qui seul commande pour lui");
    v.check(
        order.site().lot().id().equals(order.lot().id()),
        "siteId",
        "site-lot",
        () ->
            "le site " + order.site().code() + " n'appartient pas au lot " + order.lot().number());
    v.check(
        order.holderHoldsLot(),
        "holderId",
        "R2162-6",
        () ->
            "R2162-6 : "
                + order.holder().name()
                + " n'est pas titulaire du lot "
                + order.lot().number());
    v.check(
        order.lot().active(),
        "lotId",
        "lot",
        () -> "le lot " + order.lot().number() + " est désactivé");
    v.throwIfAny();
  }

  /**
   * R2162-5: issued only while the agreement is in force, on a day that falls in a period. The
   * execution may end after the agreement: a warning, refused past the configured limit.
   */
  public static IssueCheck checkWhen(
      FrameworkAgreement agreement, LocalDate issueDate, Order order, OrderingPolicy policy) {
    if (!agreement.isInForceOn(issueDate)) {
      throw DomainException.conflict(
          "R2162-5",
          "R2162-5 : l'accord-cadre "
              + agreement.reference()
              + " n'est pas en vigueur le "
              + issueDate
              + " (état : "
              + agreement.statusOn(issueDate)
              + ")");
    }
    AgreementPeriod period = agreement.periodContaining(issueDate).orElseThrow();
    Violations v = new Violations();
    v.check(
        !order.executionEnd().isBefore(order.executionStart()),
        "executionEnd",
        "dates",
        () -> "l'exécution se termine après avoir commencé");
    v.check(
        !order.executionStart().isBefore(agreement.terms().startDate()),
        "executionStart",
        "R2162-5",
        () -> "R2162-5 : l'exécution ne commence pas avant l'accord-cadre");
    v.throwIfAny();
    List<String> warnings = new ArrayList<>();
    long overrun = ChronoUnit.DAYS.between(agreement.end(), order.executionEnd());
    if (overrun > policy.executionOverrunLimitDays()) {
      throw DomainException.invalid(
          "executionEnd",
          "R2162-5",
          "R2162-5 : l'exécution dépasse la fin de l'accord-cadre ("
              + agreement.end()
              + ") de "
              + overrun
              + " jours, au-delà de la limite de "
              + policy.executionOverrunLimitDays()
              + " jours");
    }
    if (overrun > 0) {
      warnings.add(
          "R2162-5 : l'exécution se poursuit "
              + overrun
              + " jours après la fin de l'accord-cadre ("
              + agreement.end()
              + ")");
    }
    return new IssueCheck(period, warnings);
  }

  /** The period the voucher counts against, and the warnings so far. */
  public record IssueCheck(AgreementPeriod period, List<String> warnings) {}
}
