package fr.cadre.platform;

import java.lang.reflect.InvocationTargetException;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * Starts Payara Micro with the HTTP address and port resolved like every other setting: a {@code
 * -D} option, then an environment variable, then {@link ConfigFile}, then the default here. Payara
 * binds its listener before it deploys Cadre, so the application's MicroProfile Config comes too
 * late for these two, and Payara cannot resolve them itself: its {@code ${MPCONFIG=…}} expressions
 * see no application config source, and on the listener's port they recurse into the listener
 * (StackOverflowError on 6.2025.10); {@code --systemproperties} would outrank the environment. The
 * launcher hands the resolved values to Payara as system properties, which {@code
 * config/pre-boot-commands.asadmin} applies to the listener. Runs as {@code
 * target/cadre-launcher.jar}, next to {@code payara-micro.jar}; plain JDK, no Payara type.
 */
public final class Launcher {

  static final String PORT = "cadre.http.port";
  static final String DEFAULT_PORT = "8080";
  static final String ADDRESS = "cadre.http.address";
  static final String DEFAULT_ADDRESS = "127.0.0.1";

  private static final Logger LOG = Logger.getLogger(Launcher.class.getName());

  private Launcher() {}

  public static void main(String[] args) throws Throwable {
    Listener listener = Listener.resolve(System::getProperty, System::getenv, ConfigFile.current());
    System.setProperty(PORT, Integer.toString(listener.port()));
    System.setProperty(ADDRESS, listener.address());
    LOG.info(() -> "Cadre will listen on " + listener.address() + ":" + listener.port());
    try {
      Class.forName("fish.payara.micro.PayaraMicro")
          .getMethod("main", String[].class)
          .invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Where Cadre listens. */
  record Listener(String address, int port) {

    static Listener resolve(
        UnaryOperator<String> system, UnaryOperator<String> environment, ConfigFile file) {
      String port = setting(PORT, DEFAULT_PORT, system, environment, file);
      String address = setting(ADDRESS, DEFAULT_ADDRESS, system, environment, file);
      try {
        int number = Integer.parseInt(port.trim());
        if (number >= 1 && number <= 65535) {
          return new Listener(address.trim(), number);
        }
      } catch (NumberFormatException notANumber) {
        // refused below
      }
      throw new IllegalArgumentException(
          PORT + ": \"" + port + "\" is not a TCP port (1 to 65535)");
    }

    private static String setting(
        String key,
        String fallback,
        UnaryOperator<String> system,
        UnaryOperator<String> environment,
        ConfigFile file) {
      return ConfigFile.outsideTheFile(key, system, environment)
          .or(() -> file.value(key))
          .orElse(fallback);
    }
  }
}
