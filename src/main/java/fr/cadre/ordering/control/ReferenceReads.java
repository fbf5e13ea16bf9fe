package fr.cadre.ordering.control;

import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.control.Sites;
import fr.cadre.agreement.entity.Holder;
import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.agreement.entity.Site;
import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.Member;
import fr.cadre.ordering.entity.MemberFinance;
import fr.cadre.platform.ReferenceVersion;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What an order reads of the reference data (its member, its site with the lots serving it, a lot's
 * holders and price lines, its member's finance settings), read once per transaction: a batch of
 * issues ({@link IssueBatch}) often names the same site and lot many times, and each read is a
 * round trip to the database. Within the transaction the entities are the persistence context's
 * own, so the memo changes no result; outside a transaction it reads every time.
 *
 * <p>A batch of issues also keeps them from one batch to the next ({@link
 * #keepAcrossTransactions}), for as long as the reference version has not moved ({@link
 * ReferenceVersion}): one read of that version per batch instead of a query per site and lot. Those
 * entities are detached, which the batch can use: it writes its vouchers by their references' ids,
 * and the domain compares entities by their keys ({@code is}), never by identity. Other
 * transactions read their own.
 */
@ApplicationScoped
public class ReferenceReads {

  /** Enough for every site, lot and price-line set a consortium orders in; cleared beyond. */
  static final int MOST_KEPT = 5_000;

  private static final Object KEEP = ReferenceReads.class.getName() + ".keep";

  @Resource TransactionSynchronizationRegistry registry;
  @Inject Sites sites;
  @Inject Agreements agreements;
  @Inject MemberFinances finances;
  @Inject Directory directory;
  @Inject ReferenceVersion version;

  /** What batches read under one reference version. */
  private record Kept(long version, Map<String, Object> reads) {}

  private final AtomicReference<Kept> kept =
      new AtomicReference<>(new Kept(-1, new ConcurrentHashMap<>()));

  Member member(long id) {
    return memo("member " + id, () -> directory.member(id));
  }

  Site site(long id) {
    return memo("site " + id, () -> sites.forOrdering(id));
  }

  List<Holder> holders(long lotId) {
    return memo("holders " + lotId, () -> List.copyOf(agreements.holdersOf(lotId)));
  }

  Map<String, PriceLine> priceLines(long lotId, List<String> codes) {
    return memo(
        "prices " + lotId + " " + new TreeSet<>(codes),
        () -> Map.copyOf(agreements.activePriceLines(lotId, codes)));
  }

  /** A member's finance settings: most members have none stored, which only a query can tell. */
  MemberFinance finance(long memberId) {
    return memo("finance " + memberId, () -> finances.of(memberId));
  }

  /**
   * For the rest of the calling transaction, reads come from those of earlier batches when the
   * reference version is still the one they were read under, and are kept for later ones.
   */
  void keepAcrossTransactions() {
    registry.putResource(KEEP, Boolean.TRUE);
  }

  /** A refusal (an unknown site) is thrown each time and never remembered. */
  @SuppressWarnings("unchecked")
  private <T> T memo(String key, Supplier<T> read) {
    if (registry.getTransactionKey() == null) {
      return read.get();
    }
    Map<String, Object> reads = (Map<String, Object>) registry.getResource(ReferenceReads.class);
    if (reads == null) {
      reads = registry.getResource(KEEP) != null ? keptNow().reads() : new HashMap<>();
      registry.putResource(ReferenceReads.class, reads);
    }
    Object known = reads.get(key);
    if (known == null) {
      known = read.get();
      if (reads.size() >= MOST_KEPT) {
        reads.clear();
      }
      reads.put(key, known);
    }
    return (T) known;
  }

  /** What was read under the version committed now, or nothing when it has moved since. */
  private Kept keptNow() {
    long now = version.current();
    return kept.updateAndGet(
        k -> k.version() == now ? k : new Kept(now, new ConcurrentHashMap<>()));
  }
}
