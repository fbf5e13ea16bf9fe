package fr.cadre.importing.control;

import fr.cadre.agreement.entity.AgreementTerms;
import fr.cadre.agreement.entity.AllocationRule;
import fr.cadre.directory.entity.MemberDetails;
import fr.cadre.directory.entity.Operator;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One validated row of a scheme, in the order it is written (a member before the sites it owns, an
 * agreement before its lots), each naming what it refers to by natural key, never by database id,
 * so that the same files give the same writes on any database and after any restart.
 */
public sealed interface SchemeItem extends Serializable {

  /** The record type, as counted in the import report. */
  String kind();

  record ConsortiumItem(String name, String constitutiveRef, LocalDate constitutiveDate)
      implements SchemeItem {
    public String kind() {
      return "groupement";
    }
  }

  record MemberItem(String consortium, MemberDetails details) implements SchemeItem {
    public String kind() {
      return "membres";
    }
  }

  record CoordinatorItem(String consortium, String memberSiret) implements SchemeItem {
    public String kind() {
      return "coordonnateur";
    }
  }

  record OperatorItem(Operator.Details details) implements SchemeItem {
    public String kind() {
      return "opérateurs";
    }
  }

  record AgreementItem(String consortium, AgreementTerms terms) implements SchemeItem {
    public String kind() {
      return "accord-cadre";
    }
  }

  record LotItem(
      String agreement,
      int number,
      String label,
      AllocationRule rule,
      List<String> holderSirets,
      List<LimitItem> limits)
      implements SchemeItem {
    public String kind() {
      return "lots";
    }
  }

  /** A lot's minimum and maximum for one period of the agreement (R2162-4). */
  record LimitItem(int periodIndex, BigDecimal minimum, BigDecimal maximum)
      implements Serializable {}

  record PriceItem(
      String agreement,
      int lot,
      String code,
      String label,
      String unit,
      BigDecimal unitPrice,
      BigDecimal vatRate)
      implements SchemeItem {
    public String kind() {
      return "prix";
    }
  }

  record SiteItem(
      String consortium,
      String code,
      String name,
      String address,
      String district,
      String memberSiret,
      int dwellings)
      implements SchemeItem {
    public String kind() {
      return "sites";
    }
  }

  /**
   * A lot serving a site: the agreement's reference and the lot's number, the holder fixed for the
   * site (optional), and the days served (optional: the agreement's own start and end).
   */
  record SiteLotItem(
      String site,
      String agreement,
      int lot,
      String holderSiret,
      LocalDate servedFrom,
      LocalDate servedTo)
      implements SchemeItem {
    public String kind() {
      return "lots des sites";
    }
  }
}
