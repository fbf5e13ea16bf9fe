package fr.cadre.ordering.control;

import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.control.Sites;
import fr.cadre.agreement.entity.AllocationRule;
import fr.cadre.agreement.entity.Holder;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.LotPeriod;
import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.agreement.entity.Site;
import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.Operator;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import fr.cadre.kernel.Violations;
import fr.cadre.ordering.entity.IssuingRules;
import fr.cadre.ordering.entity.Order;
import fr.cadre.ordering.entity.OrderingPolicy;
import fr.cadre.ordering.entity.Voucher;
import fr.cadre.ordering.entity.VoucherIssued;
import fr.cadre.ordering.entity.VoucherStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/** Drafts, previews, issues and moves vouchers through their lifecycle. */
@ApplicationScoped
@Transactional
public class Ordering {

  private static final Logger LOG = Logger.getLogger(Ordering.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Directory directory;
  @Inject Agreements agreements;
  @Inject Sites sites;
  @Inject Budget budget;
  @Inject Numbering numbering;
  @Inject MemberShares shares;
  @Inject jakarta.enterprise.event.Event<VoucherIssued> issuedEvents;
  @Inject OrderingSettings settings;

  public Voucher draft(OrderRequest request, String actor) {
    Order order = resolve(request);
    IssuingRules.checkWhoOrders(order, settings.policy());
    Voucher voucher = new Voucher(order, actor);
    em.persist(voucher);
    return voucher;
  }

  /** Totals and what the lot's maximum leaves after this voucher, without issuing it. */
  public Issued preview(long id, LocalDate issueDate) {
    Voucher voucher = voucher(id);
    IssuingRules.IssueCheck check =
        IssuingRules.checkWhen(voucher.agreement(), issueDate, orderOf(voucher), settings.policy());
    LotPeriod period = budget.lotPeriod(voucher.lot().id(), check.period().index());
    Money after =
        period == null ? null : period.headroom().map(h -> h.minus(voucher.totalHt())).orElse(null);
    List<String> warnings = new ArrayList<>(check.warnings());
    if (after != null && after.isNegative()) {
      warnings.add(
          "R2162-4 : ce bon dépasserait le maximum de " + Money.ZERO.minus(after).toFrench());
    }
    return new Issued(voucher, after, warnings, false);
  }

  /**
   * Issues a draft: checks who and when, adds its amount to the lot-period total under the maximum,
   * takes the next number, freezes it. All in one transaction: a refusal leaves nothing.
   */
  public Issued issue(long id, LocalDate issueDate, String idempotencyKey, String actor) {
    return announced(issue(readyToIssue(id, issueDate, idempotencyKey, actor)));
  }

  /**
   * Drafts and issues in one transaction, writing the voucher once, already issued: a refused issue
   * leaves no draft behind.
   */
  public Issued draftAndIssue(
      OrderRequest request, LocalDate issueDate, String idempotencyKey, String actor) {
    return announced(issue(readyToIssue(request, issueDate, idempotencyKey, actor)));
  }

  /*
   * The steps of an issue, for a transaction that issues several vouchers (IssueBatch): first
   * everything that only reads, for all of them, then the statements that lock. A refusal leaves
   * the voucher's rows as they were and, thrown through these methods, does not doom the
   * transaction: the others in it go on.
   */

  /** A draft checked (who orders, when) and ready to be counted and numbered. */
  @Transactional(
      value = Transactional.TxType.MANDATORY,
      dontRollbackOn = {DomainException.class, RowsNotPrepared.class})
  public Ready readyToIssue(long id, LocalDate issueDate, String idempotencyKey, String actor) {
    Voucher voucher = voucher(id);
    if (voucher.status() != VoucherStatus.DRAFT) {
      return Ready.done(alreadyIssued(voucher));
    }
    return ready(voucher, orderOf(voucher), false, issueDate, idempotencyKey, actor);
  }

  /** An order resolved, priced and checked, its voucher built but not yet written. */
  @Transactional(
      value = Transactional.TxType.MANDATORY,
      dontRollbackOn = {DomainException.class, RowsNotPrepared.class})
  public Ready readyToIssue(
      OrderRequest request, LocalDate issueDate, String idempotencyKey, String actor) {
    Order order = resolve(request);
    return ready(new Voucher(order, actor, false), order, true, issueDate, idempotencyKey, actor);
  }

  private Ready ready(
      Voucher voucher,
      Order order,
      boolean isNew,
      LocalDate issueDate,
      String idempotencyKey,
      String actor) {
    OrderingPolicy policy = settings.policy();
    IssuingRules.checkWhoOrders(order, policy);
    IssuingRules.IssueCheck check =
        IssuingRules.checkWhen(voucher.agreement(), issueDate, order, policy);
    Optional<Money> share =
        shares.shareOf(voucher.member(), voucher.agreement().id(), check.period().index());
    return new Ready(voucher, isNew, check, share, issueDate, idempotencyKey, actor, null);
  }

  /**
   * The statements that lock, in a fixed order: the lot-period row (R2162-4), the member-period row
   * (the member's share), the number counter; then the voucher is numbered and frozen.
   */
  @Transactional(
      value = Transactional.TxType.MANDATORY,
      dontRollbackOn = {DomainException.class, RowsNotPrepared.class})
  public Issued issue(Ready ready) {
    if (ready.done() != null) {
      return ready.done();
    }
    Voucher voucher = ready.voucher();
    if (!ready.isNew() && voucher.status() != VoucherStatus.DRAFT) {
      // The same draft twice in one batch: the first issued it since both were readied.
      return alreadyIssued(voucher);
    }
    IssuingRules.IssueCheck check = ready.check();
    int period = check.period().index();
    long agreementId = voucher.agreement().id();
    Budget.Consumption consumption =
        budget.consume(
            voucher.lot().id(),
            period,
            voucher.lot().number(),
            check.period().label(),
            voucher.totalHt(),
            settings.policy());
    // A refusal after the lot's total moved gives the amount back, so that the transaction can go
    // on issuing other vouchers (IssueBatch); alone, the rollback would undo it anyway.
    try {
      shares.consume(
          voucher.member(),
          agreementId,
          period,
          check.period().label(),
          voucher.totalHt(),
          ready.share());
    } catch (DomainException | RowsNotPrepared refused) {
      budget.release(voucher.lot().id(), period, voucher.totalHt());
      throw refused;
    }
    String number;
    try {
      number = numbering.next(voucher.consortiumId(), ready.issueDate().getYear());
    } catch (DomainException | RowsNotPrepared refused) {
      shares.release(voucher.member().id(), agreementId, period, voucher.totalHt());
      budget.release(voucher.lot().id(), period, voucher.totalHt());
      throw refused;
    }
    voucher.issue(number, ready.issueDate(), period, ready.idempotencyKey(), ready.actor());
    if (ready.isNew()) {
      em.persist(voucher);
    }
    List<String> warnings = new ArrayList<>(check.warnings());
    warnings.addAll(consumption.warnings());
    return new Issued(voucher, consumption.headroomAfter(), warnings, true);
  }

  /**
   * Writes the vouchers just issued and tells the rest of Cadre (their documents are frozen), in
   * the issuing transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void announce(List<Issued> issued) {
    em.flush();
    for (Issued i : issued) {
      if (i.issuedNow()) {
        issuedEvents.fire(new VoucherIssued(i.voucher(), i.headroomAfter()));
      }
    }
  }

  private static Issued alreadyIssued(Voucher voucher) {
    return new Issued(
        voucher, null, List.of("ce bon est déjà émis sous le numéro " + voucher.number()), false);
  }

  private Issued announced(Issued issued) {
    announce(List.of(issued));
    return issued;
  }

  /**
   * Creates the rows an issue only updates (the year's number counter, the member's running totals)
   * outside the issuing transaction; see {@link Numbering} and {@link MemberShares}.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void prepareIssue(long siteId, long memberId, int year) {
    var agreement = sites.site(siteId).lot().agreement();
    try {
      numbering.ensureCounter(agreement.consortium().id(), year);
    } catch (RuntimeException raced) {
      LOG.fine("voucher counter created concurrently");
    }
    try {
      shares.ensureRows(
          memberId,
          agreement.id(),
          agreement.periods().stream()
              .map(fr.cadre.agreement.entity.AgreementPeriod::index)
              .toList());
    } catch (RuntimeException raced) {
      LOG.fine("member running totals created concurrently");
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Voucher> byIdempotencyKey(String key) {
    return em.createQuery("SELECT v FROM Voucher v WHERE v.idempotencyKey = :key", Voucher.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  public Voucher acknowledge(long id, String actor) {
    Voucher v = voucher(id);
    v.acknowledge(actor);
    return v;
  }

  public Voucher certifyServiceDone(long id, Map<String, BigDecimal> delivered, String actor) {
    Voucher v = voucher(id);
    v.certifyServiceDone(delivered == null ? Map.of() : delivered, actor);
    return v;
  }

  public Voucher invoice(long id, String reference, BigDecimal amount, String actor) {
    new Violations()
        .required("reference", reference)
        .required("amount", amount)
        .notNegative("amount", amount)
        .throwIfAny();
    Voucher v = voucher(id);
    v.invoice(reference, new Money(amount), actor);
    return v;
  }

  public Voucher pay(long id, LocalDate on, String actor) {
    new Violations().required("paidOn", on).throwIfAny();
    Voucher v = voucher(id);
    v.pay(on, actor);
    return v;
  }

  /** Cancels and frees the amount for other vouchers of the lot and period (R2162-4). */
  public Voucher cancel(long id, String reason, String actor) {
    Voucher v = voucher(id);
    v.cancel(reason, LocalDate.now(), actor);
    budget.release(v.lot().id(), v.periodIndex(), v.totalHt());
    shares.release(v.member().id(), v.agreement().id(), v.periodIndex(), v.totalHt());
    LOG.info(() -> "Voucher " + v.number() + " cancelled by " + actor);
    return v;
  }

  public Voucher voucher(long id) {
    return Optional.ofNullable(em.find(Voucher.class, id))
        .orElseThrow(() -> DomainException.notFound("bon de commande", id));
  }

  private Order orderOf(Voucher v) {
    return new Order(
        v.member(),
        v.lot(),
        v.site(),
        v.holder(),
        v.allocation(),
        v.object(),
        v.executionStart(),
        v.executionEnd(),
        v.commitmentNumber(),
        v.budgetYear(),
        v.budgetLine(),
        v.chorusServiceCode(),
        v.signatoryName(),
        v.signatoryRole(),
        List.of(),
        agreements.holdersOf(v.lot().id()));
  }

  private Order resolve(OrderRequest r) {
    Violations v = new Violations();
    v.required("memberId", r.memberId())
        .required("siteId", r.siteId())
        .required("object", r.object());
    v.required("executionStart", r.executionStart()).required("executionEnd", r.executionEnd());
    v.check(
        r.lines() != null && !r.lines().isEmpty(),
        "lines",
        "lines",
        () -> "un bon de commande compte au moins une ligne");
    v.throwIfAny();
    Site site = sites.forOrdering(r.siteId());
    Member member = directory.member(r.memberId());
    Lot lot = site.lot();
    if (r.lotId() != null && !r.lotId().equals(lot.id())) {
      throw DomainException.invalid(
          "lotId", "site-lot", "le site " + site.code() + " appartient au lot " + lot.number());
    }
    List<Holder> holders = agreements.holdersOf(lot.id());
    Allocation allocation = allocate(lot, holders, site, r.holderId());
    Map<String, PriceLine> prices =
        agreements.activePriceLines(
            lot.id(),
            r.lines().stream()
                .filter(Objects::nonNull)
                .map(OrderRequest.Line::code)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    List<Order.Line> lines = new ArrayList<>();
    for (int i = 0; i < r.lines().size(); i++) {
      OrderRequest.Line line = r.lines().get(i);
      String at = "lines[" + i + "]";
      PriceLine price =
          Optional.ofNullable(prices.get(line.code()))
              .orElseThrow(
                  () ->
                      DomainException.invalid(
                          at + ".code",
                          "price-schedule",
                          "le bordereau du lot "
                              + lot.number()
                              + " n'a pas de ligne "
                              + line.code()));
      if (line.quantity() == null || line.quantity().signum() <= 0) {
        throw DomainException.invalid(
            at + ".quantity", "positive", "une quantité commandée est strictement positive");
      }
      lines.add(new Order.Line(price, line.quantity()));
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
        r.commitmentNumber(),
        r.budgetYear(),
        r.budgetLine(),
        r.chorusServiceCode(),
        r.signatoryName(),
        r.signatoryRole(),
        lines,
        holders);
  }

  /**
   * The lot's allocation rule picks the holder: the one named on the site, or the first in rank
   * (cascade) unless the officer names the next one down after a refusal.
   */
  private Allocation allocate(Lot lot, List<Holder> holders, Site site, Long requestedHolder) {
    if (requestedHolder != null) {
      Operator holder = directory.operator(requestedHolder);
      if (lot.allocationRule() == AllocationRule.FIXED_PER_SITE
          && site.holder() != null
          && !site.holder().id().equals(holder.id())) {
        throw DomainException.invalid(
            "holderId",
            "allocation",
            "le site " + site.code() + " est attribué à " + site.holder().name());
      }
      return new Allocation(
          holder,
          lot.allocationRule() == AllocationRule.CASCADE
              ? "cascade : titulaire désigné par l'acheteur"
              : "titulaire du site");
    }
    if (lot.allocationRule() == AllocationRule.FIXED_PER_SITE && site.holder() != null) {
      return new Allocation(site.holder(), "titulaire fixé pour le site");
    }
    Holder first =
        holders.stream()
            .findFirst()
            .orElseThrow(
                () ->
                    DomainException.conflict(
                        "R2162-6", "le lot " + lot.number() + " n'a pas de titulaire"));
    return new Allocation(
        first.operator(),
        holders.size() > 1
            ? "cascade : titulaire de rang " + first.rank()
            : "titulaire unique du lot");
  }

  private record Allocation(Operator holder, String note) {}

  /**
   * A voucher checked and ready to be counted and numbered, with what the checks found (the period,
   * the warnings, the member's share); or, as {@code done}, the answer when there is nothing to do.
   */
  public record Ready(
      Voucher voucher,
      boolean isNew,
      IssuingRules.IssueCheck check,
      Optional<Money> share,
      LocalDate issueDate,
      String idempotencyKey,
      String actor,
      Issued done) {

    static Ready done(Issued answer) {
      return new Ready(answer.voucher(), false, null, Optional.empty(), null, null, null, answer);
    }
  }

  /**
   * An issued (or previewed) voucher with the headroom left and the warnings to show; {@code
   * issuedNow} when this call issued it (not a preview, nor a voucher issued before).
   */
  public record Issued(
      Voucher voucher, Money headroomAfter, List<String> warnings, boolean issuedNow) {}
}
