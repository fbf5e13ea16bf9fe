package fr.cadre.access.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cadre.kernel.DomainException;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Users: roles fit the scope, locks run out, tokens expire and are revoked")
class AccountRulesTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0);

  @Test
  void administratorsAndAuditorsActForTheWholeConsortiumOnly() {
    assertThatThrownBy(() -> User.checkRolesFit(EnumSet.of(Role.AUDITOR), new Scope(1L, null)))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("AUDITOR");
    assertThatThrownBy(() -> User.checkRolesFit(EnumSet.of(Role.ADMIN), new Scope(null, 2L)))
        .isInstanceOf(DomainException.class);
    User.checkRolesFit(EnumSet.of(Role.ADMIN, Role.AUDITOR), Scope.CONSORTIUM);
  }

  @Test
  void officersAndFinanceBelongToAMemberAndOperatorsUsersToAnOperator() {
    User.checkRolesFit(EnumSet.of(Role.OFFICER, Role.FINANCE), new Scope(1L, null));
    User.checkRolesFit(EnumSet.of(Role.OPERATOR), new Scope(null, 2L));
    assertThatThrownBy(() -> User.checkRolesFit(EnumSet.of(Role.OFFICER), new Scope(null, 2L)))
        .isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> User.checkRolesFit(EnumSet.of(Role.OPERATOR), new Scope(1L, null)))
        .isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> User.checkRolesFit(EnumSet.noneOf(Role.class), Scope.CONSORTIUM))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void aLockHoldsUntilItsTimeAndFailuresBeforeAnUnlockNoLongerCount() {
    User user =
        new User("agent.essai", "Agent", EnumSet.of(Role.AUDITOR), Scope.CONSORTIUM, "h", NOW);
    user.lockUntil(NOW.plusMinutes(15));
    assertThat(user.lockedAt(NOW.plusMinutes(14))).isTrue();
    assertThat(user.lockedAt(NOW.plusMinutes(15))).isFalse();
    assertThat(user.lockExpiredAt(NOW.plusMinutes(15))).isTrue();
    user.unlock(NOW.plusMinutes(20));
    assertThat(user.failuresCountedSince(NOW.plusMinutes(10))).isEqualTo(NOW.plusMinutes(20));
    assertThat(user.failuresCountedSince(NOW.plusMinutes(30))).isEqualTo(NOW.plusMinutes(30));
  }

  @Test
  void aUserActsOnlyWhileActiveAndNotLocked() {
    User user =
        new User("agent.essai", "Agent", EnumSet.of(Role.AUDITOR), Scope.CONSORTIUM, "h", NOW);
    assertThat(user.usableAt(NOW)).isTrue();
    user.lockUntil(NOW.plusMinutes(15));
    assertThat(user.usableAt(NOW.plusMinutes(14))).as("locked").isFalse();
    assertThat(user.usableAt(NOW.plusMinutes(15))).as("lock over").isTrue();
    user.deactivate();
    assertThat(user.usableAt(NOW.plusMinutes(16))).as("deactivated").isFalse();
    assertThat(User.usableAt(true, NOW.plusMinutes(15), NOW.plusMinutes(14)))
        .as("the rule on a row read without the entity")
        .isFalse();
  }

  @Test
  void aTokenServesUntilItExpiresOrIsRevoked() {
    User user =
        new User("agent.essai", "Agent", EnumSet.of(Role.AUDITOR), Scope.CONSORTIUM, "h", NOW);
    ApiToken token = new ApiToken(user, "ab", "script", NOW, NOW.plusDays(1));
    assertThat(token.validAt(NOW.plusHours(23))).isTrue();
    assertThat(token.validAt(NOW.plusDays(1))).as("expired").isFalse();
    token.revoke(NOW.plusHours(1));
    assertThat(token.validAt(NOW.plusHours(2))).as("revoked").isFalse();
    assertThat(ApiToken.validAt(null, NOW.plusDays(1), NOW.plusDays(1)))
        .as("the rule on a row read without the entity: expired")
        .isFalse();
  }

  @Test
  void aLoginIsSafeInLogsAndHistory() {
    assertThatThrownBy(
            () ->
                new User(
                    "Agent <b>", "Agent", EnumSet.of(Role.AUDITOR), Scope.CONSORTIUM, "h", NOW))
        .isInstanceOf(DomainException.class);
  }
}
