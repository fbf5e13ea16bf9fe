package fr.cadre.access.control;

import fr.cadre.access.entity.Role;
import fr.cadre.directory.entity.Member;
import fr.cadre.directory.entity.Operator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The sample's demo users ({@value #FILE}: {@code login;name;roles;siret}, roles as codes separated
 * by commas, the SIRET of their member or operator, empty for the consortium), created once the
 * first start's sample import has completed, all with {@code cadre.demo.password}. Only the sample
 * import creates them: they are for trying Cadre, not for production.
 */
@ApplicationScoped
public class DemoUsers {

  public static final String FILE = "users.csv";

  private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject AccessSettings settings;

  public void createFrom(Path folder) {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return;
    }
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).build();
    int created = 0;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (CSVRecord row : parser) {
        String login = row.get("login").strip();
        if (accounts.byLogin(login).isPresent()) {
          continue;
        }
        String siret = row.get("siret").strip();
        Long member = siret.isEmpty() ? null : memberId(siret);
        Long operator = siret.isEmpty() || member != null ? null : operatorId(siret);
        if (!siret.isEmpty() && member == null && operator == null) {
          LOG.warning(() -> "Demo user " + login + ": no member or operator " + siret);
          continue;
        }
        accounts.create(
            login,
            new Accounts.Details(
                row.get("name").strip(), Role.parse(row.get("roles")), member, operator, true),
            settings.demoPassword(),
            new Accounts.Actor("cadre (données d'exemple)", null));
        created++;
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Demo users of " + file + " not all created", e);
    }
    int count = created;
    LOG.info(() -> count + " demo users created from " + file + " (password cadre.demo.password)");
  }

  private Long memberId(String siret) {
    List<Member> members =
        em.createQuery("SELECT m FROM Member m WHERE m.siret = :siret", Member.class)
            .setParameter("siret", new fr.cadre.kernel.Siret(siret))
            .getResultList();
    return members.isEmpty() ? null : members.get(0).id();
  }

  private Long operatorId(String siret) {
    List<Operator> operators =
        em.createNamedQuery("Operator.bySiret", Operator.class)
            .setParameter("siret", new fr.cadre.kernel.Siret(siret))
            .getResultList();
    return operators.isEmpty() ? null : operators.get(0).id();
  }
}
