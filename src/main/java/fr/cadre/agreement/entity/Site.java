package fr.cadre.agreement.entity;

import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.Operator;
import fr.cadre.kernel.FrenchDates;
import fr.cadre.kernel.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A residence or co-ownership where the service is delivered. It belongs to a member (its landlord,
 * who orders for it) and to a lot of the agreement. Sites may change "at constant budget and
 * perimeter": a site is ended with an end date, never deleted.
 */
@Entity
@Table(name = "site")
@NamedQuery(name = "Site.byCode", query = "SELECT s FROM Site s WHERE s.code = :code")
// What issuing reads through a site, in one query (see Sites.forOrdering). Named, so that
// EclipseLink prepares its SQL once: hints set on a query at each call make it prepare it again.
@NamedQuery(
    name = "Site.forOrdering",
    query = "SELECT s FROM Site s JOIN FETCH s.member JOIN FETCH s.lot WHERE s.id = :id",
    hints = {
      @QueryHint(name = "eclipselink.join-fetch", value = "s.lot.agreement"),
      @QueryHint(name = "eclipselink.join-fetch", value = "s.lot.agreement.consortium"),
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

  @ManyToOne(optional = false)
  @JoinColumn(name = "lot_id")
  private Lot lot;

  /** The holder serving this site when the lot allocates holders per site. */
  @ManyToOne
  @JoinColumn(name = "holder_id")
  private Operator holder;

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

  public final void revise(Placement p) {
    name = p.name();
    address = p.address();
    district = p.district();
    member = p.member();
    lot = p.lot();
    holder = p.holder();
    dwellings = p.dwellings();
    activeFrom = p.activeFrom();
    activeTo = p.activeTo();
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

  public Lot lot() {
    return lot;
  }

  public Operator holder() {
    return holder;
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
    return new Placement(
        name, address, district, member, lot, holder, dwellings, activeFrom, activeTo);
  }

  /** Where a site sits: its description, its landlord and its lot. */
  public record Placement(
      String name,
      String address,
      String district,
      Member member,
      Lot lot,
      Operator holder,
      int dwellings,
      LocalDate activeFrom,
      LocalDate activeTo) {

    /** A site's lot belongs to the agreement of its landlord's consortium; its holder holds it. */
    public Violations check(Violations v) {
      v.required("name", name).required("memberId", member).required("lotId", lot);
      v.check(dwellings >= 0, "dwellings", "positive", () -> "le nombre de logements est positif");
      v.check(
          activeFrom == null || activeTo == null || !activeTo.isBefore(activeFrom),
          "activeTo",
          "dates",
          () ->
              "un site cesse après avoir commencé : fin le "
                  + FrenchDates.format(activeTo)
                  + ", début le "
                  + FrenchDates.format(activeFrom));
      if (member != null && lot != null) {
        v.check(
            lot.agreement().consortium().id().equals(member.consortium().id()),
            "lotId",
            "site-lot",
            () ->
                "le lot "
                    + lot.number()
                    + " appartient à un accord-cadre d'un autre groupement que le membre "
                    + member.name());
      }
      if (holder != null && lot != null) {
        v.check(
            lot.isHeldBy(holder),
            "holderId",
            "R2162-6",
            () -> holder.name() + " n'est pas titulaire du lot " + lot.number());
      }
      return v;
    }
  }

  /** Moves on each change written: an import compares it to tell a changed record. */
  public long version() {
    return version;
  }
}
