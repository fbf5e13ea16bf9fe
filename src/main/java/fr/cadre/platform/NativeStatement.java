package fr.cadre.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import java.util.List;

/**
 * A native statement with numbered parameters ({@code ?1}, {@code ?2}, each may appear more than
 * once), run alone as a native query of the persistence context, or with others in one round trip
 * ({@link StatementsTogether}).
 */
public record NativeStatement(String sql, List<Object> parameters) {

  public static NativeStatement of(String sql, Object... parameters) {
    return new NativeStatement(sql, List.of(parameters));
  }

  /**
   * As a native query of this persistence context. It moves rows no entity maps, so it need not
   * flush the persistence context first.
   */
  public Query query(EntityManager em) {
    Query query = em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
  }
}
