package fr.cadre.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How Cadre authenticates: the first administrator, lockouts, tokens, the demo users. */
@ApplicationScoped
public class AccessSettings {

  /** The first administrator's password; generated at first start when unset. */
  @Inject
  @ConfigProperty(name = "cadre.admin.password")
  Optional<String> adminPassword;

  /** The password of the sample's demo users (sample-data/users.csv). */
  @Inject
  @ConfigProperty(name = "cadre.demo.password", defaultValue = DEMO_PASSWORD)
  String demoPassword;

  static final String DEMO_PASSWORD = "demo-cadre-2026";

  @Inject
  @ConfigProperty(name = "cadre.access.lockout.failures", defaultValue = "10")
  int lockoutFailures;

  @Inject
  @ConfigProperty(name = "cadre.access.lockout.window-minutes", defaultValue = "15")
  long lockoutWindowMinutes;

  @Inject
  @ConfigProperty(name = "cadre.access.lockout.minutes", defaultValue = "15")
  long lockoutMinutes;

  /** How long a verified Basic credential is taken without hashing it again. */
  @Inject
  @ConfigProperty(name = "cadre.access.basic-cache-seconds", defaultValue = "60")
  long basicCacheSeconds;

  /** The validity of a new API token when its owner asks for none. */
  @Inject
  @ConfigProperty(name = "cadre.access.token-days", defaultValue = "90")
  int tokenDays;

  /** Behind a proxy that terminates TLS: the session cookie is then sent over https only. */
  @Inject
  @ConfigProperty(name = "cadre.access.secure-cookie", defaultValue = "false")
  boolean secureCookie;

  public Optional<String> adminPassword() {
    return adminPassword.filter(p -> !p.isBlank());
  }

  public String demoPassword() {
    return demoPassword;
  }

  public int lockoutFailures() {
    return lockoutFailures;
  }

  public Duration lockoutWindow() {
    return Duration.ofMinutes(lockoutWindowMinutes);
  }

  public Duration lockout() {
    return Duration.ofMinutes(lockoutMinutes);
  }

  public Duration basicCache() {
    return Duration.ofSeconds(basicCacheSeconds);
  }

  public int tokenDays() {
    return tokenDays;
  }

  public boolean secureCookie() {
    return secureCookie;
  }
}
