package fr.cadre.agreement.boundary;

import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.Site;
import fr.cadre.agreement.entity.SiteAssignment;
import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.Operator;
import fr.cadre.kernel.DateRange;
import fr.cadre.kernel.Text;
import fr.cadre.platform.OnCreate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;

/** The JSON shapes of sites and of the lots serving them. */
public final class SiteViews {

  private SiteViews() {}

  /**
   * A site and, with {@code lotId}, a lot serving it: the first one at creation; on an update, a
   * lot of another agreement (added) or one already serving it (its holder and days revised).
   */
  public record SiteInput(
      @NotBlank(groups = OnCreate.class) @Size(max = 30) @Text String code,
      @Size(max = 200) @Text String name,
      @Size(max = 400) @Text(multiline = true) String address,
      @Size(max = 100) @Text String district,
      Long memberId,
      Long lotId,
      Long holderId,
      @Max(1_000_000) Integer dwellings,
      LocalDate activeFrom,
      LocalDate activeTo,
      LocalDate servedFrom,
      LocalDate servedTo) {

    /**
     * The site's description as the domain takes it, its member found; no dwellings given is none.
     * The API and the administrator's page read their input through it alike.
     */
    public Site.Placement placement(LongFunction<Member> members) {
      return new Site.Placement(
          name,
          address,
          district,
          memberId == null ? null : members.apply(memberId),
          dwellings == null ? 0 : dwellings,
          activeFrom,
          activeTo);
    }

    /** The lot serving the site, with its holder and days, the records found. */
    public SiteAssignment.Terms terms(LongFunction<Lot> lots, LongFunction<Operator> operators) {
      return new SiteAssignment.Terms(
          lotId == null ? null : lots.apply(lotId),
          holderId == null ? null : operators.apply(holderId),
          servedFrom,
          servedTo);
    }
  }

  /** A lot serving a site: which lot of which agreement, with which holder, on which days. */
  public record SiteAssignmentView(
      long siteId,
      String siteCode,
      String siteName,
      long agreementId,
      String agreementReference,
      long lotId,
      int lotNumber,
      Long holderId,
      String holderName,
      LocalDate servedFrom,
      LocalDate servedTo) {
    static SiteAssignmentView of(SiteAssignment a) {
      DateRange served = a.served();
      return new SiteAssignmentView(
          a.site().id(),
          a.site().code(),
          a.site().name(),
          a.agreement().id(),
          a.agreement().reference(),
          a.lot().id(),
          a.lot().number(),
          a.holder().map(Operator::id).orElse(null),
          a.holder().map(Operator::name).orElse(null),
          served.start(),
          served.end());
    }
  }

  public record SiteView(
      long id,
      String code,
      String name,
      String address,
      String district,
      long memberId,
      String memberName,
      int dwellings,
      LocalDate activeFrom,
      LocalDate activeTo,
      List<SiteAssignmentView> lots) {
    static SiteView of(Site s) {
      return new SiteView(
          s.id(),
          s.code(),
          s.name(),
          s.address(),
          s.district(),
          s.member().id(),
          s.member().name(),
          s.dwellings(),
          s.activeFrom(),
          s.activeTo(),
          s.assignments().stream().map(SiteAssignmentView::of).toList());
    }
  }
}
