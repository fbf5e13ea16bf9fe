package fr.cadre.importing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName(
    "An uploaded ZIP is unpacked only when it holds the scheme's files and stays under the cap,"
        + " counted as sent and as inflated")
class ZipUploadTest {

  private static final long CAP = 10_000;

  @TempDir Path folder;

  @Test
  void theSchemesFilesAreUnpackedWhateverFolderTheArchivePutsThemIn() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("marseille/", new byte[0]);
    entries.put("marseille/sites.csv", "code;name\n".getBytes(StandardCharsets.UTF_8));
    entries.put("operators.csv", "siret;name\n".getBytes(StandardCharsets.UTF_8));

    new ZipUpload(CAP).unpack(zip(entries), folder);

    assertThat(folder.resolve("sites.csv")).hasContent("code;name");
    assertThat(folder.resolve("operators.csv")).hasContent("siret;name");
  }

  @Test
  void anEntryThatIsNotOneOfTheSchemesFilesIsRefusedByItsName() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("sites.csv", new byte[] {'a'});
    entries.put("../../etc/cron.d/x", new byte[] {'b'});

    assertThatThrownBy(() -> new ZipUpload(CAP).unpack(zip(entries), folder))
        .isInstanceOfSatisfying(
            UploadRefused.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.field()).isEqualTo("../../etc/cron.d/x");
              assertThat(e.getMessage()).contains("../../etc/cron.d/x").contains("sites.csv");
            });
  }

  @Test
  void theSameFileTwiceIsRefused() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("sites.csv", new byte[] {'a'});
    entries.put("copie/sites.csv", new byte[] {'b'});

    assertThatThrownBy(() -> new ZipUpload(CAP).unpack(zip(entries), folder))
        .isInstanceOfSatisfying(
            UploadRefused.class,
            e -> assertThat(e.getMessage()).isEqualTo("l'archive contient deux fois sites.csv"));
  }

  @Test
  void entriesInflatingPastTheCapAreRefusedWhateverTheirNames() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("sites.csv", new byte[(int) CAP / 2]);
    entries.put("inconnu.bin", new byte[(int) CAP / 2 + 1]);
    InputStream archive = zip(entries);
    assertThat(archive.available()).isLessThan((int) CAP / 10);

    assertThatThrownBy(() -> new ZipUpload(CAP).unpack(archive, folder))
        .isInstanceOfSatisfying(
            UploadRefused.class,
            e -> {
              assertThat(e.status()).isEqualTo(413);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "le contenu décompressé de l'archive dépasse la limite de 10000 octets");
            });
  }

  @Test
  void anArchiveLargerThanTheCapIsRefusedAsSentEvenWhenItsEntriesAreSmall() throws IOException {
    byte[] small = zip(Map.of("sites.csv", new byte[] {'a'})).readAllBytes();
    byte[] padded = java.util.Arrays.copyOf(small, small.length + (int) CAP);

    assertThatThrownBy(() -> new ZipUpload(CAP).unpack(new ByteArrayInputStream(padded), folder))
        .isInstanceOfSatisfying(
            UploadRefused.class,
            e -> {
              assertThat(e.status()).isEqualTo(413);
              assertThat(e.getMessage()).isEqualTo("l'archive dépasse la limite de 10000 octets");
            });
  }

  @Test
  void aBodyThatIsNotAZipIsRefused() {
    InputStream csv = new ByteArrayInputStream("code;name\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> new ZipUpload(CAP).unpack(csv, folder))
        .isInstanceOfSatisfying(
            UploadRefused.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.rule()).isEqualTo("zip");
            });
  }

  private static InputStream zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (var entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }
}
