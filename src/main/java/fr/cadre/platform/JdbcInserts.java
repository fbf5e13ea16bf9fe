package fr.cadre.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.VersionLockingPolicy;
import org.eclipse.persistence.internal.databaseaccess.DatabasePlatform;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.AggregateObjectMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * Writes new entities as one plain JDBC batch per call, on the transaction's own connection. For an
 * issue batch's vouchers, lines, events and documents, written while the batch holds the lot's
 * lock: there, EclipseLink's own inserts (a change set, a query and a row built column by column
 * for each entity) cost more than the statements themselves. The columns and their values come from
 * the persistence unit's mapping, read once per class, so that the entity's annotations stay the
 * only place that says how it is stored; a mapping this cannot write is refused when the class is
 * first seen, never skipped.
 *
 * <p>The entities written are not in the persistence context: only for new entities that nothing in
 * the transaction changes afterwards, and whose references are already in the database.
 *
 * <p>One responsibility, kept in one file (about 300 lines): the statement and the mapping walk
 * that fills it change together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JdbcInserts {

  /** The version EclipseLink gives a new entity (its {@code VersionLockingPolicy}). */
  private static final long FIRST_VERSION = 1L;

  @PersistenceContext EntityManager em;
  @Inject Returning returning;

  private final Map<Class<?>, Insert> inserts = new ConcurrentHashMap<>();

  /**
   * Gives each entity its id from its sequence (when it has none) and its first version, then
   * inserts them all, in their order. Over a network (PostgreSQL), in one round trip: one multi-row
   * {@code INSERT} per class, sent together; embedded (H2), one JDBC batch per class.
   */
  public void write(NewRows rows) {
    if (rows.rows().isEmpty()) {
      return;
    }
    AbstractSession session = (AbstractSession) em.unwrap(UnitOfWork.class);
    DatabasePlatform platform = (DatabasePlatform) session.getDatasourcePlatform();
    Connection connection = em.unwrap(Connection.class);
    try {
      if (returning.dialect().overNetwork()) {
        together(rows, session, platform, connection);
      } else {
        for (NewRows.Of of : rows.rows()) {
          batch(insert(of.type(), session, platform), of.entities(), session, connection);
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("insert of new " + rows + " failed", e);
    }
  }

  private Insert insert(Class<?> type, AbstractSession session, DatabasePlatform platform) {
    return inserts.computeIfAbsent(type, t -> Insert.of(session.getDescriptor(t), platform));
  }

  private void together(
      NewRows rows, AbstractSession session, DatabasePlatform platform, Connection connection)
      throws SQLException {
    List<Insert> each = new ArrayList<>();
    List<List<?>> chunks = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    for (NewRows.Of of : rows.rows()) {
      Insert insert = insert(of.type(), session, platform);
      // The protocol counts a statement's parameters on 16 bits: many lines make several inserts.
      int most = Math.max(1, MOST_PARAMETERS / insert.columns().size());
      for (int from = 0; from < of.entities().size(); from += most) {
        List<?> chunk = of.entities().subList(from, Math.min(from + most, of.entities().size()));
        each.add(insert);
        chunks.add(chunk);
        sql.append(sql.isEmpty() ? "" : ";\n").append(insert.sql(chunk.size()));
      }
    }
    try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      int index = 0;
      for (int t = 0; t < each.size(); t++) {
        for (Object entity : chunks.get(t)) {
          index = each.get(t).bind(entity, statement, index, session);
        }
      }
      statement.execute();
      for (int t = 0; t < each.size(); t++) {
        expect(each.get(t), chunks.get(t).size(), statement.getUpdateCount());
        statement.getMoreResults();
      }
    }
  }

  /** Parameters per statement sent together, well under the protocol's 65,535. */
  static final int MOST_PARAMETERS = 30_000;

  private static void batch(
      Insert insert, List<?> entities, AbstractSession session, Connection connection)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(insert.sql(1))) {
      for (Object entity : entities) {
        insert.bind(entity, statement, 0, session);
        statement.addBatch();
      }
      for (int count : statement.executeBatch()) {
        if (count != Statement.SUCCESS_NO_INFO) {
          expect(insert, 1, count);
        }
      }
    }
  }

  private static void expect(Insert insert, int rows, int count) {
    if (count != rows) {
      throw new PersistenceException(insert.sql(1) + ": " + count + " rows, not " + rows);
    }
  }

  /** One column and how to read its value from the entity. */
  private record Column(DatabaseField field, ValueOf value) {}

  @FunctionalInterface
  private interface ValueOf {
    Object of(Object entity, AbstractSession session);
  }

  /** A class's insert statement and its columns, in the statement's order. */
  private record Insert(
      ClassDescriptor descriptor,
      String into,
      String values,
      List<Column> columns,
      DatabaseMapping sequenced,
      DatabaseMapping version) {

    static Insert of(ClassDescriptor descriptor, DatabasePlatform platform) {
      if (descriptor.getTables().size() != 1) {
        throw new IllegalStateException(descriptor.getJavaClass() + ": one table only");
      }
      Map<String, Column> columns = new LinkedHashMap<>();
      columns(descriptor, UnaryOperator.identity(), columns);
      List<String> names = new ArrayList<>();
      for (Column c : columns.values()) {
        names.add(c.field().getNameDelimited(platform));
      }
      String into =
          "INSERT INTO "
              + descriptor.getTables().get(0).getQualifiedNameDelimited(platform)
              + " ("
              + String.join(", ", names)
              + ") VALUES ";
      String values = "(" + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
      DatabaseMapping sequenced =
          descriptor.usesSequenceNumbers()
              ? descriptor
                  .getObjectBuilder()
                  .getMappingForField(descriptor.getSequenceNumberField())
              : null;
      DatabaseMapping version =
          descriptor.getOptimisticLockingPolicy() instanceof VersionLockingPolicy locking
              ? descriptor.getObjectBuilder().getMappingForField(locking.getWriteLockField())
              : null;
      if (descriptor.getOptimisticLockingPolicy() != null && version == null) {
        throw new IllegalStateException(descriptor.getJavaClass() + ": unsupported locking");
      }
      return new Insert(
          descriptor, into, values, List.copyOf(columns.values()), sequenced, version);
    }

    /**
     * The columns of a descriptor's mappings; {@code owner} finds the object they are read from
     * (the entity itself, or one of its embedded values).
     */
    private static void columns(
        ClassDescriptor descriptor, UnaryOperator<Object> owner, Map<String, Column> columns) {
      for (DatabaseMapping mapping : descriptor.getMappings()) {
        if (mapping.isReadOnly() || mapping.isCollectionMapping()) {
          continue; // written by their own tables, or by another mapping of the same column
        }
        if (mapping instanceof AbstractDirectMapping direct) {
          add(
              columns,
              new Column(
                  direct.getField(),
                  (e, s) -> {
                    Object of = owner.apply(e);
                    return of == null
                        ? null
                        : direct.getFieldValue(direct.getAttributeValueFromObject(of), s);
                  }));
        } else if (mapping instanceof OneToOneMapping reference
            && reference.isForeignKeyRelationship()) {
          reference
              .getSourceToTargetKeyFields()
              .forEach(
                  (source, target) -> {
                    AbstractDirectMapping key = targetKey(reference, target);
                    add(
                        columns,
                        new Column(
                            source,
                            (e, s) -> {
                              Object of = owner.apply(e);
                              Object referenced =
                                  of == null
                                      ? null
                                      : reference.getRealAttributeValueFromObject(of, s);
                              return referenced == null
                                  ? null
                                  : key.getFieldValue(
                                      key.getAttributeValueFromObject(referenced), s);
                            }));
                  });
        } else if (mapping instanceof AggregateObjectMapping embedded
            && embedded.getAggregateToSourceFields().isEmpty()) {
          columns(
              embedded.getReferenceDescriptor(),
              e -> {
                Object of = owner.apply(e);
                return of == null ? null : embedded.getAttributeValueFromObject(of);
              },
              columns);
        } else if (!(mapping instanceof OneToOneMapping)) {
          throw new IllegalStateException("JdbcInserts cannot write " + mapping);
        }
      }
    }

    private static AbstractDirectMapping targetKey(OneToOneMapping reference, DatabaseField key) {
      DatabaseMapping target =
          reference.getReferenceDescriptor().getObjectBuilder().getMappingForField(key);
      if (target instanceof AbstractDirectMapping direct) {
        return direct;
      }
      throw new IllegalStateException("JdbcInserts cannot write " + reference + " to " + key);
    }

    private static void add(Map<String, Column> columns, Column column) {
      if (!column.field().isInsertable()) {
        return;
      }
      if (columns.putIfAbsent(column.field().getName().toLowerCase(), column) != null) {
        throw new IllegalStateException("column written twice: " + column.field());
      }
    }

    /** The statement for {@code rows} rows. */
    String sql(int rows) {
      return into + String.join(", ", java.util.Collections.nCopies(rows, values));
    }

    /** Binds the entity's columns after parameter {@code index}; the last index bound. */
    int bind(Object entity, PreparedStatement statement, int index, AbstractSession session)
        throws SQLException {
      if (sequenced != null && sequenced.getAttributeValueFromObject(entity) == null) {
        Number next = session.getNextSequenceNumberValue(descriptor.getJavaClass());
        sequenced.setAttributeValueInObject(
            entity,
            session
                .getDatasourcePlatform()
                .convertObject(next, sequenced.getAttributeClassification()));
      }
      if (version != null) {
        version.setAttributeValueInObject(
            entity,
            session
                .getDatasourcePlatform()
                .convertObject(FIRST_VERSION, version.getAttributeClassification()));
      }
      DatabasePlatform platform = (DatabasePlatform) session.getDatasourcePlatform();
      for (int i = 0; i < columns.size(); i++) {
        Column column = columns.get(i);
        Object value = column.value().of(entity, session);
        // A null is bound as its field, as EclipseLink does, so that its SQL type is known.
        platform.setParameterValueInDatabaseCall(
            value == null ? column.field() : value, statement, ++index, session);
      }
      return index;
    }
  }
}
