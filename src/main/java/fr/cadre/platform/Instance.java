package fr.cadre.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This Cadre process among those sharing the database: a random id drawn at start, which names it
 * as the holder of the leases it takes, and the lease timings every instance must agree on.
 */
@ApplicationScoped
public class Instance {

  private static final Logger LOG = Logger.getLogger(Instance.class.getName());

  private final String id = UUID.randomUUID().toString();

  /** How long a lease holds without renewal: past it, its holder is taken for stopped. */
  @Inject
  @ConfigProperty(name = "cadre.instances.lease-seconds", defaultValue = "60")
  int leaseSeconds;

  /** How often an instance renews its leases; well under the lease, so a few misses are fine. */
  @Inject
  @ConfigProperty(name = "cadre.instances.renew-seconds", defaultValue = "10")
  int renewSeconds;

  @PostConstruct
  void announce() {
    if (renewSeconds < 1 || renewSeconds * 2 > leaseSeconds) {
      throw new IllegalStateException(
          "cadre.instances.renew-seconds ("
              + renewSeconds
              + ") must be at least 1 and at most half of cadre.instances.lease-seconds ("
              + leaseSeconds
              + ")");
    }
    LOG.info(() -> "This Cadre instance is " + id + " (leases of " + leaseSeconds + " s)");
  }

  public String id() {
    return id;
  }

  public Duration leaseTerm() {
    return Duration.ofSeconds(leaseSeconds);
  }

  public Duration renewEvery() {
    return Duration.ofSeconds(renewSeconds);
  }

  /** The time leases are judged by; instances' clocks must agree to well under a lease. */
  public Clock clock() {
    return Clock.systemUTC();
  }
}
