package fr.cadre.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several statements of the current transaction sent in one round trip, executed in the order
 * written, after a savepoint: a caller that does not like what they did rolls back to it, which
 * also releases the row locks they took. Only where the database is reached over a network
 * (PostgreSQL); an embedded database has no round trip to save, and gets nothing here.
 */
@ApplicationScoped
public class StatementsTogether {

  private static final String SAVEPOINT = "cadre_together";
  private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

  @Inject Returning returning;

  /** What one statement did: the rows it returned, or how many it changed. */
  public record Done(List<Object[]> rows, int count) {}

  /** The statements' outcomes in their order; empty where the database gains nothing by it. */
  public Optional<List<Done>> run(EntityManager em, List<NativeStatement> statements) {
    if (!returning.dialect().overNetwork() || statements.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder sql = new StringBuilder("SAVEPOINT " + SAVEPOINT);
    List<Object> parameters = new ArrayList<>();
    for (NativeStatement statement : statements) {
      sql.append(";\n").append(positional(statement, parameters));
    }
    Connection connection = em.unwrap(Connection.class);
    List<Done> done = new ArrayList<>();
    try (PreparedStatement together = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        together.setObject(i + 1, parameters.get(i));
      }
      boolean rows = together.execute();
      while (true) {
        if (rows) {
          done.add(new Done(read(together.getResultSet()), -1));
        } else {
          int count = together.getUpdateCount();
          if (count == -1) {
            break;
          }
          done.add(new Done(List.of(), count));
        }
        rows = together.getMoreResults();
      }
    } catch (SQLException failed) {
      undo(em);
      throw new IllegalStateException("statements sent together failed", failed);
    }
    done.remove(0); // the savepoint's
    if (done.size() != statements.size()) {
      undo(em);
      throw new IllegalStateException(
          done.size() + " outcomes for " + statements.size() + " statements sent together");
    }
    return Optional.of(done);
  }

  /** Undoes what the last {@link #run} did, and releases the locks it took. */
  public void undo(EntityManager em) {
    try (Statement rollback = em.unwrap(Connection.class).createStatement()) {
      rollback.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
    } catch (SQLException failed) {
      throw new IllegalStateException("rollback to savepoint failed", failed);
    }
  }

  /** {@code ?n} to JDBC's positional {@code ?}, the parameters repeated where they are. */
  static String positional(NativeStatement statement, List<Object> parameters) {
    Matcher m = PARAMETER.matcher(statement.sql());
    StringBuilder sql = new StringBuilder();
    while (m.find()) {
      parameters.add(statement.parameters().get(Integer.parseInt(m.group(1)) - 1));
      m.appendReplacement(sql, "?");
    }
    m.appendTail(sql);
    return sql.toString();
  }

  private static List<Object[]> read(ResultSet rs) throws SQLException {
    try (rs) {
      int columns = rs.getMetaData().getColumnCount();
      List<Object[]> rows = new ArrayList<>();
      while (rs.next()) {
        Object[] row = new Object[columns];
        for (int c = 0; c < columns; c++) {
          row[c] = rs.getObject(c + 1);
        }
        rows.add(row);
      }
      return rows;
    }
  }
}
