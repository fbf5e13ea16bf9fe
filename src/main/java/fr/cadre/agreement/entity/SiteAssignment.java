package fr.cadre.agreement.entity;

import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.Operator;
import fr.cadre.kernel.DateRange;
import fr.cadre.kernel.FrenchDates;
import fr.cadre.kernel.ReferenceData;
import fr.cadre.kernel.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which lot of which agreement serves a site (affectation du site), from when and until when, and
 * with which holder when the lot allocates holders per site. A residence served under successive
 * agreements stays one site with one assignment per agreement; a site moved from one lot to another
 * within an agreement has one per lot, on days that do not overlap.
 */
@ReferenceData
@Entity
@Table(name = "site_assignment")
@NamedQuery(
    name = "SiteAssignment.byLot",
    query =
        "SELECT a FROM SiteAssignment a JOIN FETCH a.site s WHERE a.lot.id = :lot ORDER BY s.code")
public class SiteAssignment {

  @Id
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "site_id")
  private Site site;

  @ManyToOne(optional = false)
  @JoinColumn(name = "lot_id")
  private Lot lot;

  /** The holder serving this site when the lot allocates holders per site. */
  @ManyToOne
  @JoinColumn(name = "holder_id")
  private Operator holder;

  @Column(name = "served_from", nullable = false)
  private LocalDate servedFrom;

  /** Empty while the lot serves the site until its agreement ends, whatever that end becomes. */
  @Column(name = "served_to")
  private LocalDate servedTo;

  @Version private long version;

  protected SiteAssignment() {}

  SiteAssignment(Site site, Terms terms) {
    this.site = site;
    this.lot = terms.lot();
    revise(terms);
  }

  final void revise(Terms terms) {
    holder = terms.holder();
    servedFrom = terms.served().start();
    servedTo = terms.servedTo();
  }

  /** The days the lot serves the site: to the agreement's end unless an earlier end is stated. */
  public DateRange served() {
    return new DateRange(servedFrom, servedTo == null ? lot.agreement().end() : servedTo);
  }

  public Long id() {
    return id;
  }

  public Site site() {
    return site;
  }

  public Lot lot() {
    return lot;
  }

  public FrameworkAgreement agreement() {
    return lot.agreement();
  }

  public Optional<Operator> holder() {
    return Optional.ofNullable(holder);
  }

  public LocalDate servedFrom() {
    return servedFrom;
  }

  public LocalDate servedTo() {
    return servedTo;
  }

  public Terms terms() {
    return new Terms(lot, holder, servedFrom, servedTo);
  }

  /** Moves on each change written: an import compares it to tell a changed record. */
  public long version() {
    return version;
  }

  /**
   * What an assignment states: the lot, the holder fixed for the site (optional), and the days
   * served (from the agreement's start and to its end when not stated).
   */
  public record Terms(Lot lot, Operator holder, LocalDate servedFrom, LocalDate servedTo) {

    /** The days served, once checked: the agreement's start and end fill what is not stated. */
    public DateRange served() {
      return SiteAssignment.served(servedFrom, servedTo, lot.agreement().terms());
    }

    /**
     * The lot's agreement is one of the consortium of the site's landlord; the holder holds the lot
     * (R2162-6); the days served lie within the agreement.
     */
    public Violations check(Member member, Violations v) {
      v.required("lotId", lot);
      if (lot == null) {
        return v;
      }
      FrameworkAgreement agreement = lot.agreement();
      if (member != null) {
        v.check(
            agreement.consortium().is(member.consortium()),
            "lotId",
            "site-lot",
            () ->
                "le lot "
                    + lot.number()
                    + " appartient à un accord-cadre d'un autre groupement que le membre "
                    + member.name());
      }
      if (holder != null) {
        checkHolder(lot.isHeldBy(holder), holder.name(), lot.number(), v);
      }
      checkDays(servedFrom, servedTo, agreement.terms(), v);
      return v;
    }
  }

  /** The days served: the agreement's own start and end for the ends left out. */
  public static DateRange served(LocalDate from, LocalDate to, AgreementTerms agreement) {
    return new DateRange(
        from == null ? agreement.startDate() : from, to == null ? agreement.end() : to);
  }

  /**
   * A site is served by one lot at a time, so that the lot of an order is never in doubt: the days
   * of a new lot do not overlap those of {@code other}, which already serves the site. Shared with
   * the import, which checks the rows of one site against each other.
   */
  public static Violations checkOneLotAtATime(
      String site, DateRange days, DateRange otherDays, String other, Violations v) {
    return v.check(
        !otherDays.overlaps(days),
        "servedFrom",
        "site-assignment",
        () ->
            "le site "
                + site
                + " est déjà desservi par "
                + other
                + " : un site n'est desservi que par un lot à la fois");
  }

  /** A lot serving a site, as messages name it: "lot 1 de l'accord-cadre … du … au …". */
  public static String describe(int lotNumber, String agreement, DateRange days) {
    return "lot "
        + lotNumber
        + " de l'accord-cadre "
        + agreement
        + " du "
        + FrenchDates.of(days.start())
        + " au "
        + FrenchDates.of(days.end());
  }

  /**
   * R2162-6: the holder fixed for a site holds the lot serving it. Shared with the import, which
   * names holders by SIRET before any operator is stored.
   */
  public static Violations checkHolder(
      boolean holdsLot, String holder, int lotNumber, Violations v) {
    return v.check(
        holdsLot,
        "holderId",
        "R2162-6",
        () -> "R2162-6 : " + holder + " n'est pas titulaire du lot " + lotNumber);
  }

  /**
   * The days a lot serves a site lie within its agreement, and end after they begin. Either end may
   * be left out: the agreement's own start or end then applies. Shared with the import, which
   * checks its rows before any lot exists.
   */
  public static Violations checkDays(
      LocalDate from, LocalDate to, AgreementTerms agreement, Violations v) {
    LocalDate start = agreement.startDate();
    LocalDate end = agreement.end();
    v.check(
        from == null || (!from.isBefore(start) && !from.isAfter(end)),
        "servedFrom",
        "site-assignment",
        () ->
            "le site ne peut être desservi qu'à partir d'un jour de l'accord-cadre "
                + agreement.reference()
                + " (du "
                + FrenchDates.of(start)
                + " au "
                + FrenchDates.of(end)
                + ")");
    v.check(
        to == null || !to.isAfter(end),
        "servedTo",
        "site-assignment",
        () ->
            "le site ne peut être desservi après la fin de l'accord-cadre "
                + agreement.reference()
                + " ("
                + FrenchDates.of(end)
                + ")");
    LocalDate effectiveFrom = from == null ? start : from;
    v.check(
        to == null || !to.isBefore(effectiveFrom),
        "servedTo",
        "dates",
        () -> "la desserte d'un site se termine après avoir commencé");
    return v;
  }
}
