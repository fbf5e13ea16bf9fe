package fr.cadre.access.control;

import fr.cadre.access.entity.Role;
import fr.cadre.platform.Migrations;
import fr.cadre.platform.StorageSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The first administrator, {@code admin}, created once the schema is ready if no user of that name
 * exists: with {@code cadre.admin.password} when it is set, else with a generated password written
 * once to {@value #FILE} in the data folder, readable by the server's user only. The log gives that
 * file's path, never the password. Instances starting together meet on the unique login.
 */
@ApplicationScoped
public class FirstAdmin {

  public static final String LOGIN = "admin";
  static final String FILE = "admin-password.txt";

  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @Inject Accounts accounts;
  @Inject AccessSettings settings;
  @Inject StorageSettings storage;

  void onSchemaReady(@Observes Migrations.SchemaReady ready) {
    try {
      if (accounts.byLogin(LOGIN).isPresent()) {
        return;
      }
      boolean generated = settings.adminPassword().isEmpty();
      String password = settings.adminPassword().orElseGet(FirstAdmin::generate);
      accounts.create(
          LOGIN,
          new Accounts.Details("Administrateur", EnumSet.of(Role.ADMIN), null, null, true),
          password,
          new Accounts.Actor("cadre (premier démarrage)", null));
      if (generated) {
        Path file = write(password);
        LOG.warning(
            () ->
                "First administrator "
                    + LOGIN
                    + " created; its generated password is in "
                    + file
                    + " (readable by this account only): change it, then delete the file");
      } else {
        LOG.info(() -> "First administrator " + LOGIN + " created with cadre.admin.password");
      }
    } catch (RuntimeException e) {
      // Another instance may have created it at the same moment: the unique login kept one.
      LOG.log(Level.WARNING, "First administrator not created by this instance", e);
    }
  }

  private Path write(String password) {
    Path file = storage.dataFolder().resolve(FILE);
    try {
      Files.createDirectories(storage.dataFolder());
      Files.deleteIfExists(file);
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(file);
      } catch (FileAlreadyExistsException raced) {
        throw new UncheckedIOException(raced);
      }
      Files.writeString(file, password + "\n");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String generate() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
