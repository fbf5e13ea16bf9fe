package fr.cadre.ordering.control;

import fr.cadre.kernel.DomainException;
import fr.cadre.ordering.entity.EcbRate;
import fr.cadre.ordering.entity.EcbRates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ECB main refinancing rates late interest is computed with (R2192-31): the dated table shipped
 * with Cadre ({@value #SHIPPED}, which names its source), and the rates an administrator added
 * since.
 */
@ApplicationScoped
@Transactional
public class EcbRateTable {

  static final String SHIPPED = "/ledger/ecb-main-refinancing-rates.csv";

  @PersistenceContext EntityManager em;

  private Map<LocalDate, BigDecimal> shipped;

  @PostConstruct
  void load() {
    Map<LocalDate, BigDecimal> rates = new TreeMap<>();
    try (InputStream in = EcbRateTable.class.getResourceAsStream(SHIPPED);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank() || line.startsWith("effective_from")) {
          continue;
        }
        String[] cells = line.split(";", 2);
        rates.put(LocalDate.parse(cells[0].trim()), new BigDecimal(cells[1].trim()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    shipped = Map.copyOf(rates);
  }

  /** The shipped rates and the administrator's, which come later. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public EcbRates rates() {
    Map<LocalDate, BigDecimal> all = new TreeMap<>(shipped);
    for (EcbRate added : em.createQuery("SELECT r FROM EcbRate r", EcbRate.class).getResultList()) {
      all.put(added.effectiveFrom(), added.rate());
    }
    return new EcbRates(all);
  }

  /** Whether the rate in force from that day was shipped (true) or added (false). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean shipped(LocalDate effectiveFrom) {
    return shipped.containsKey(effectiveFrom);
  }

  /** A rate decided after the shipped table; a day already known is refused. */
  public EcbRate add(LocalDate effectiveFrom, BigDecimal rate, String source, String actor) {
    if (shipped.containsKey(effectiveFrom) || em.find(EcbRate.class, effectiveFrom) != null) {
      throw DomainException.conflict(
          "ecb-rate-exists",
          "un taux de la BCE est déjà connu à compter du "
              + effectiveFrom
              + " ; il ne se modifie pas");
    }
    EcbRate added = new EcbRate(effectiveFrom, rate, source, actor);
    em.persist(added);
    return added;
  }
}
