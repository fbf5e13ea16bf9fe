package fr.cadre.access.control;

import fr.cadre.access.entity.Role;
import fr.cadre.access.entity.Scope;
import fr.cadre.platform.CadreDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A bearer token's row and its user's, read in one indexed query on every API request that presents
 * one. Read with plain JDBC, outside any persistence context: nothing is changed, and each request
 * reads afresh, so a revocation or a deactivation holds at once on every instance. The rules that
 * decide on what is read stay with the entities ({@code ApiToken#validAt}, {@code User#usableAt}).
 */
@ApplicationScoped
public class TokenRows {

  private static final String BY_HASH =
      "SELECT t.expires_at, t.revoked_at, u.id, u.login, u.name, u.roles, u.member_id,"
          + " u.operator_id, u.active, u.locked_until"
          + " FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE t.token_hash = ?";

  @Resource(lookup = CadreDataSource.JNDI_NAME)
  DataSource dataSource;

  /** What a token's row says of it and of its user. */
  public record Presented(
      LocalDateTime expiresAt,
      LocalDateTime revokedAt,
      boolean active,
      LocalDateTime lockedUntil,
      Identity identity) {}

  public Optional<Presented> byHash(String hash) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement read = connection.prepareStatement(BY_HASH)) {
      read.setString(1, hash);
      try (ResultSet row = read.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        Identity identity =
            new Identity(
                row.getLong(3),
                row.getString(4),
                row.getString(5),
                Role.parse(row.getString(6)),
                new Scope(row.getObject(7, Long.class), row.getObject(8, Long.class)));
        return Optional.of(
            new Presented(
                row.getObject(1, LocalDateTime.class),
                row.getObject(2, LocalDateTime.class),
                row.getBoolean(9),
                row.getObject(10, LocalDateTime.class),
                identity));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the token could not be read", e);
    }
  }
}
