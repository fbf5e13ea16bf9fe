package fr.cadre.ordering.entity;

import fr.cadre.agreement.entity.Holder;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.agreement.entity.Site;
import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.Operator;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an officer asks for, resolved to domain objects, before it becomes a voucher. {@code
 * lotHolders} are the lot's holders by rank, as read for this order.
 */
public record Order(
    Member member,
    Lot lot,
    Site site,
    Operator holder,
    String allocation,
    String object,
    LocalDate executionStart,
    LocalDate executionEnd,
    Commitment commitment,
    List<Line> lines,
    List<Holder> lotHolders) {

  /**
   * R2162-6: the member is an ordering party of the agreement's consortium, orders for its own site
   * (or, as coordinator, for all where the policy allows), from a holder of the site's lot.
   */
  public void checkWhoOrders(OrderingPolicy policy) {
    Violations v = new Violations();
    var consortium = lot.agreement().consortium();
    v.check(
        member.consortium().is(consortium),
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
    boolean ownSite = site.member().is(member);
    boolean coordinatorForAll =
        policy.coordinatorOrdersForAll() && consortium.isCoordinator(member);
    v.check(
        ownSite || coordinatorForAll,
        "siteId",
        "R2162-6",
        () ->
            "R2162-6 : le site "
                + site.code()
                + " relève de "
                + site.member().name()
                + ", qui seul commande pour lui");
    v.check(
        site.isServedBy(lot),
        "siteId",
        "site-lot",
        () -> "le site " + site.code() + " n'appartient pas au lot " + lot.number());
    v.check(
        lotHolders.stream().anyMatch(h -> h.is(holder)),
        "holderId",
        "R2162-6",
        () -> "R2162-6 : " + holder.name() + " n'est pas titulaire du lot " + lot.number());
    v.check(lot.active(), "lotId", "lot", () -> "le lot " + lot.number() + " est désactivé");
    v.check(
        !executionEnd.isBefore(executionStart),
        "executionEnd",
        "dates",
        () -> "l'exécution se termine après avoir commencé");
    v.throwIfAny();
  }

  /** A quantity of one price line of the lot's schedule. */
  public record Line(PriceLine price, BigDecimal quantity) {

    /**
     * A line as ordered: a strictly positive quantity, with no more decimals than its unit allows
     * (hours by the hundredth, flat rates whole, as the policy says).
     */
    public static Line of(PriceLine price, BigDecimal quantity, String field, OrderingPolicy p) {
      if (quantity == null || quantity.signum() <= 0) {
        throw DomainException.invalid(
            field, "positive", "une quantité commandée est strictement positive");
      }
      int decimals = p.quantityDecimals(price.unit());
      if (quantity.stripTrailingZeros().scale() > decimals) {
        throw DomainException.invalid(
            field,
            "quantity-decimals",
            "une quantité en « "
                + price.unit()
                + " » a au plus "
                + decimals
                + " décimale"
                + (decimals > 1 ? "s" : "")
                + " : "
                + quantity.toPlainString());
      }
      return new Line(price, quantity);
    }
  }
}
