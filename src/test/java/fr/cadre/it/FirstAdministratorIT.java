package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The first administrator of a new installation without {@code cadre.admin.password}: its password
 * is generated and written once to a file of the data folder readable by the server's user only,
 * whose path (never the password) is logged; it is stored as a PBKDF2-HMAC-SHA512 hash of 210,000
 * iterations.
 */
@DisplayName("First start without cadre.admin.password: a generated password in a 0600 file")
class FirstAdministratorIT {

  @Test
  void theGeneratedPasswordIsInA0600FileWhosePathIsLoggedAndItIsStoredAsAStrongHash()
      throws Exception {
    Path dir =
        Files.createTempDirectory(
            Files.createDirectories(Path.of(System.getProperty("cadre.test.dir", "target"))),
            "firstadmin");
    String password;
    try (ServerProcess server =
        new ServerProcess(dir, "cadre.admin.password=\ncadre.import.at-first-start=false\n")
            .start()) {
      Path file = server.dataDir().resolve("admin-password.txt");
      assertThat(file).exists();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
      password = Files.readString(file).strip();
      assertThat(password).hasSizeGreaterThanOrEqualTo(20);
      String log = Files.readString(server.log());
      assertThat(log).contains(file.toString()).doesNotContain(password);
      Api admin = new Api(server.baseUrl()).as("admin", password);
      var me = admin.get("/me").json();
      assertThat(me.getString("login")).isEqualTo("admin");
      assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("ADMIN");
      assertThat(new Api(server.baseUrl()).asAdmin().get("/me").status())
          .as("the tests' usual password is not this installation's")
          .isEqualTo(401);
    }
    try (Connection db = ItDatabase.connectTo(dir);
        Statement query = db.createStatement();
        ResultSet row =
            query.executeQuery("SELECT password_hash FROM app_user WHERE login = 'admin'")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString(1))
          .startsWith("PBKDF2WithHmacSHA512:210000:")
          .doesNotContain(password);
    }
  }
}
