package fr.cadre.agreement.entity;

import fr.cadre.directory.entity.Member;
import fr.cadre.kernel.DateRange;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.FrenchDates;
import fr.cadre.kernel.ReferenceData;
import fr.cadre.kernel.Violations;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A residence or co-ownership where the service is delivered. It belongs to a member (its landlord,
 * who orders for it) and is served by a lot of each agreement that covers it: a residence served
 * under successive agreements is one site, with one {@link SiteAssignment} per agreement (its code,
 * landlord, address and dwellings do not change). Sites may change "at constant budget and
 * perimeter": a site is ended with an end date, never deleted.
 */
@ReferenceData
@Entity
@Table(name = "site")
@NamedQuery(name = "Site.byCode", query = "SELECT s FROM Site s WHERE s.code = :code")
// What issuing reads through a site, in one query (see Sites.forOrdering). Named, so that
// EclipseLink prepares its SQL once: hints set on a query at each call make it prepare it again.
@NamedQuery(
    name = "Site.forOrdering",
    query = "SELECT s FROM Site s JOIN FETCH s.member WHERE s.id = :id",
    hints = {
      @QueryHint(name = "eclipselink.left-join-fetch", value = "s.assignments.lot.agreement"),
      @QueryHint(
          name = "eclipselink.left-join-fetch",
          value = "s.assignments.lot.agreement.consortium"),
      @QueryHint(name = "eclipselink.left-join-fetch", value = "s.assignments.holder"),
      @QueryHint(name = "eclipselink.join-fetch", value = "s.member.consortium")
    })
public class Site {

  @Id
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  private Long id;

  @Column(nullable = false, length = 30, unique = true)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 400)
  private String address;

  @Column(length = 100)
  private String district;

  @ManyToOne(optional = false)
  @JoinColumn(name = "member_id")
  private Member member;

  @OneToMany(mappedBy = "site", cascade = CascadeType.ALL)
  @OrderBy("servedFrom")
  private List<SiteAssignment> assignments = new ArrayList<>();

  @Column(nullable = false)
  private int dwellings;

  @Column(name = "active_from")
  private LocalDate activeFrom;

  @Column(name = "active_to")
  private LocalDate activeTo;

  @Version private long version;

  protected Site() {}

  public Site(String code, Placement placement) {
    this.code = code;
    revise(placement);
  }

  /** Changes the description; a new landlord must belong to the consortium of every lot. */
  public final void revise(Placement p) {
    Violations v = p.check(new Violations());
    for (SiteAssignment a : assignments) {
      a.terms().check(p.member(), v);
    }
    v.throwIfAny();
    name = p.name();
    address = p.address();
    district = p.district();
    member = p.member();
    dwellings = p.dwellings();
    activeFrom = p.activeFrom();
    activeTo = p.activeTo();
  }

  /**
   * Records that a lot serves this site, or revises the holder and days of the lot already serving
   * it. Checked against the site's landlord and the lot's agreement ({@link
   * SiteAssignment.Terms#check}), and against the site's other lots: a site is served by one lot at
   * a time, so that the lot of an order is never in doubt.
   */
  public SiteAssignment assign(SiteAssignment.Terms terms) {
    terms.check(member, new Violations()).throwIfAny();
    Optional<SiteAssignment> existing = assignmentTo(terms.lot());
    DateRange days = terms.served();
    Violations v = new Violations();
    for (SiteAssignment other : assignments) {
      if (existing.map(e -> e != other).orElse(true)) {
        SiteAssignment.checkOneLotAtATime(code, days, other.served(), describe(other), v);
      }
    }
    v.throwIfAny();
    if (existing.isPresent()) {
      existing.get().revise(terms);
      return existing.get();
    }
    SiteAssignment assignment = new SiteAssignment(this, terms);
    assignments.add(assignment);
    return assignment;
  }

  /** The lots serving this site, one per agreement (or more, on successive days), by date. */
  public List<SiteAssignment> assignments() {
    return List.copyOf(assignments);
  }

  public Optional<SiteAssignment> assignmentTo(Lot lot) {
    return assignments.stream().filter(a -> a.lot().is(lot)).findFirst();
  }

  public boolean isServedBy(Lot lot) {
    return assignmentTo(lot).isPresent();
  }

  /**
   * The lot an order for this site goes to: the one asked for, which must serve the site, or else
   * the one serving it on the issue date ({@link #servingOn}).
   */
  public SiteAssignment assignmentFor(Long lotId, LocalDate day) {
    if (lotId == null) {
      return servingOn(day);
    }
    return assignments.stream()
        .filter(a -> lotId.equals(a.lot().id()))
        .findFirst()
        .orElseThrow(
            () ->
                DomainException.invalid(
                    "lotId",
                    "site-lot",
                    "le site " + code + " n'est pas desservi par ce lot (" + servedBy() + ")"));
  }

  /**
   * The assignment serving this site on that day. When none does and the site has a single lot
   * whose agreement is not in force that day, that one: issuing then refuses the day under R2162-5,
   * with the agreement's status, as it did before sites had several lots.
   */
  public SiteAssignment servingOn(LocalDate day) {
    List<SiteAssignment> covering =
        assignments.stream().filter(a -> a.served().contains(day)).toList();
    if (covering.size() == 1) {
      return covering.get(0);
    }
    if (covering.isEmpty()
        && assignments.size() == 1
        && !assignments.get(0).agreement().isInForceOn(day)) {
      return assignments.get(0);
    }
    throw DomainException.conflict(
        "site-lot",
        "le site "
            + code
            + " n'est desservi par aucun lot le "
            + FrenchDates.of(day)
            + (assignments.isEmpty() ? "" : " (" + servedBy() + ")"));
  }

  private String servedBy() {
    return assignments.stream().map(Site::describe).collect(Collectors.joining(" ; "));
  }

  private static String describe(SiteAssignment a) {
    return SiteAssignment.describe(a.lot().number(), a.agreement().reference(), a.served());
  }

  public boolean isActiveOn(LocalDate day) {
    return (activeFrom == null || !day.isBefore(activeFrom))
        && (activeTo == null || !day.isAfter(activeTo));
  }

  /** Sites are ended, not deleted: vouchers keep referring to them. */
  public void endOn(LocalDate day) {
    activeTo = day;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String address() {
    return address;
  }

  public String district() {
    return district;
  }

  public Member member() {
    return member;
  }

  public int dwellings() {
    return dwellings;
  }

  public LocalDate activeFrom() {
    return activeFrom;
  }

  public LocalDate activeTo() {
    return activeTo;
  }

  public Placement placement() {
    return new Placement(name, address, district, member, dwellings, activeFrom, activeTo);
  }

  /**
   * What a site is, whatever lot serves it: its description and its landlord. These do not change
   * from one agreement to the next.
   */
  public record Placement(
      String name,
      String address,
      String district,
      Member member,
      int dwellings,
      LocalDate activeFrom,
      LocalDate activeTo) {

    public Violations check(Violations v) {
      checkDescription(name, dwellings, activeFrom, activeTo, v);
      v.required("memberId", member);
      return v;
    }

    /**
     * What needs no entity: a name, a number of dwellings, an end after the start. The import
     * checks its rows with it before anything is stored.
     */
    public static Violations checkDescription(
        String name, int dwellings, LocalDate activeFrom, LocalDate activeTo, Violations v) {
      v.required("name", name);
      v.check(dwellings >= 0, "dwellings", "positive", () -> "le nombre de logements est positif");
      return v.check(
          activeFrom == null || activeTo == null || !activeTo.isBefore(activeFrom),
          "activeTo",
          "dates",
          () ->
              "un site cesse après avoir commencé : fin le "
                  + FrenchDates.of(activeTo)
                  + ", début le "
                  + FrenchDates.of(activeFrom));
    }
  }

  /** Moves on each change written: an import compares it to tell a changed record. */
  public long version() {
    return version;
  }
}
