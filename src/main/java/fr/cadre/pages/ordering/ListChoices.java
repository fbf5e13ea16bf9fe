package fr.cadre.pages.ordering;

import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.control.Sites;
import fr.cadre.agreement.entity.AgreementPeriod;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.Site;
import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.Consortium;
import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.Operator;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** What the voucher list's filters offer: members, lots, sites, holders and period numbers. */
public record ListChoices(
    List<Member> members,
    List<Lot> lots,
    List<Site> sites,
    List<Operator> holders,
    List<Integer> periods) {

  private static final int MAX_SITES = 2000;

  static ListChoices of(Directory directory, Agreements agreements, Sites sites) {
    List<Member> members =
        directory.consortia().stream()
            .map(Consortium::id)
            .flatMap(id -> directory.members(id).stream())
            .sorted(Comparator.comparing(Member::name))
            .toList();
    List<Lot> lots =
        agreements.all().stream()
            .flatMap(a -> a.lots().stream())
            .sorted(
                Comparator.comparing((Lot l) -> l.agreement().reference())
                    .thenComparingInt(Lot::number))
            .toList();
    int periods =
        agreements.all().stream()
            .flatMap(a -> a.periods().stream())
            .mapToInt(AgreementPeriod::index)
            .max()
            .orElse(0);
    return new ListChoices(
        members,
        lots,
        sites.find(null, null, 0, MAX_SITES),
        directory.operators().stream().sorted(Comparator.comparing(Operator::name)).toList(),
        IntStream.rangeClosed(0, periods).boxed().toList());
  }
}
