package fr.cadre.pages.access;

import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.Operator;
import java.util.Comparator;
import java.util.List;

/**
 * What a user may belong to, for the attachment's list: the consortium as a whole, one member (of
 * any consortium), or one operator.
 */
public record Attachments(List<Member> members, List<Operator> operators) {

  static Attachments of(Directory directory) {
    List<Member> members =
        directory.consortia().stream()
            .flatMap(c -> directory.members(c.id()).stream())
            .sorted(Comparator.comparing(Member::name))
            .toList();
    List<Operator> operators =
        directory.operators().stream().sorted(Comparator.comparing(Operator::name)).toList();
    return new Attachments(members, operators);
  }

  /**
   * How a user's attachment reads in a list: the member's or operator's name, or the consortium.
   */
  public String nameOf(Long memberId, Long operatorId) {
    if (memberId != null) {
      return members.stream()
          .filter(m -> m.id().equals(memberId))
          .map(Member::name)
          .findFirst()
          .orElse("#" + memberId);
    }
    if (operatorId != null) {
      return operators.stream()
          .filter(o -> o.id().equals(operatorId))
          .map(Operator::name)
          .findFirst()
          .orElse("#" + operatorId);
    }
    return null;
  }
}
