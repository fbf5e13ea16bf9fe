package fr.cadre.ordering.control;

import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.entity.AllocationRule.Allocation;
import fr.cadre.agreement.entity.Holder;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.agreement.entity.Site;
import fr.cadre.agreement.entity.SiteAssignment;
import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.Member;
import fr.cadre.ordering.entity.Commitment;
import fr.cadre.ordering.entity.Order;
import fr.cadre.ordering.entity.OrderingPolicy;
import fr.cadre.ordering.entity.Voucher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads what an order names (site, member, lot, holders, price lines) and hands it to the domain,
 * which allocates the holder and prices the lines. No transaction attribute of its own: it only
 * reads, in its caller's transaction, and a refusal it throws must not doom a batch of issues.
 */
@ApplicationScoped
public class Orders {

  @Inject Directory directory;
  @Inject Agreements agreements;
  @Inject ReferenceReads reads;
  @Inject OrderingSettings settings;

  /**
   * An officer's request resolved to domain objects, its holder allocated and its lines priced. Its
   * shape (what is required, lengths) was checked at the boundary by the request's constraints.
   */
  public Order resolve(OrderRequest r) {
    Site site = reads.site(r.siteId());
    Member member = reads.member(r.memberId());
    // The lot asked for, which must serve the site, or the one serving it on the issue date.
    SiteAssignment serving =
        site.assignmentFor(r.lotId(), r.issueDate() == null ? LocalDate.now() : r.issueDate());
    Lot lot = serving.lot();
    List<Holder> holders = reads.holders(lot.id());
    Allocation allocation =
        lot.allocate(
            holders,
            site.code(),
            serving.holder().orElse(null),
            r.holderId() == null ? null : directory.operator(r.holderId()));
    Map<String, PriceLine> prices =
        reads.priceLines(
            lot.id(),
            r.lines().stream()
                .filter(Objects::nonNull)
                .map(OrderRequest.Line::code)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    OrderingPolicy policy = settings.policy();
    List<Order.Line> lines = new ArrayList<>();
    for (int i = 0; i < r.lines().size(); i++) {
      OrderRequest.Line line = r.lines().get(i);
      String at = "lines[" + i + "]";
      PriceLine price = lot.priceFor(line.code(), prices, at + ".code");
      lines.add(Order.Line.of(price, line.quantity(), at + ".quantity", policy));
    }
    return new Order(
        member,
        lot,
        site,
        allocation.holder(),
        allocation.note(),
        r.object(),
        r.executionStart(),
        r.executionEnd(),
        new Commitment(
            r.commitmentNumber(),
            r.budgetYear(),
            r.budgetLine(),
            r.chorusServiceCode(),
            r.signatoryName(),
            r.signatoryRole()),
        lines,
        holders);
  }

  /**
   * The order a draft was made from, for the checks at its issue (its lines are already priced).
   */
  public Order of(Voucher v) {
    return new Order(
        v.member(),
        v.lot(),
        v.site(),
        v.holder(),
        v.allocation(),
        v.object(),
        v.executionStart(),
        v.executionEnd(),
        v.commitment(),
        List.of(),
        reads.holders(v.lot().id()));
  }
}
