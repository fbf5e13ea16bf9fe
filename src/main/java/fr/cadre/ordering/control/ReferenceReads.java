package fr.cadre.ordering.control;

import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.control.Sites;
import fr.cadre.agreement.entity.Holder;
import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.agreement.entity.Site;
import fr.cadre.ordering.entity.MemberFinance;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What an order reads of the reference data (its site with the lots serving it, a lot's holders and
 * price lines, its member's finance settings), read once per transaction: a batch of issues ({@link
 * IssueBatch}) often names the same site and lot many times, and each read is a round trip to the
 * database. Within the transaction the entities are the persistence context's own, so the memo
 * changes no result; outside a transaction it reads every time.
 */
@ApplicationScoped
public class ReferenceReads {

  @Resource TransactionSynchronizationRegistry registry;
  @Inject Sites sites;
  @Inject Agreements agreements;
  @Inject MemberFinances finances;

  Site site(long id) {
    return memo("site " + id, () -> sites.forOrdering(id));
  }

  List<Holder> holders(long lotId) {
    return memo("holders " + lotId, () -> agreements.holdersOf(lotId));
  }

  Map<String, PriceLine> priceLines(long lotId, List<String> codes) {
    return memo(
        "prices " + lotId + " " + new TreeSet<>(codes),
        () -> agreements.activePriceLines(lotId, codes));
  }

  /** A member's finance settings: most members have none stored, which only a query can tell. */
  MemberFinance finance(long memberId) {
    return memo("finance " + memberId, () -> finances.of(memberId));
  }

  /** A refusal (an unknown site) is thrown each time and never remembered. */
  @SuppressWarnings("unchecked")
  private <T> T memo(String key, Supplier<T> read) {
    if (registry.getTransactionKey() == null) {
      return read.get();
    }
    Map<String, Object> reads = (Map<String, Object>) registry.getResource(ReferenceReads.class);
    if (reads == null) {
      reads = new HashMap<>();
      registry.putResource(ReferenceReads.class, reads);
    }
    Object known = reads.get(key);
    if (known == null) {
      known = read.get();
      reads.put(key, known);
    }
    return (T) known;
  }
}
