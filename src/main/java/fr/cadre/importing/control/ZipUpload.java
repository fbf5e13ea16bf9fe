package fr.cadre.importing.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded ZIP of a scheme's files into a folder, or refuses it whole: a body that is
 * not a ZIP, an entry that is not one of the scheme's files (or one given twice), an archive larger
 * than the cap, or entries whose inflated bytes add up past the cap, whatever their names. The
 * bytes are counted as they are read and inflated, never taken from the sizes an archive declares,
 * so neither a long body nor a small archive of zeros inflating to gigabytes gets further than the
 * cap. Folders inside the archive are ignored: {@code scheme/sites.csv} is {@code sites.csv}.
 */
final class ZipUpload {

  private final long cap;

  ZipUpload(long cap) {
    this.cap = cap;
  }

  /** Unpacks into {@code folder}, which the caller deletes when this refuses the upload. */
  void unpack(InputStream body, Path folder) {
    CountedInput archive = new CountedInput(body, cap);
    Set<String> unpacked = new HashSet<>();
    List<String> strangers = new ArrayList<>();
    long inflated = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(archive)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        entries++;
        if (entry.isDirectory()) {
          continue;
        }
        String name = fileName(entry.getName());
        boolean known = SchemeFiles.ACCEPTED.contains(name);
        if (known && !unpacked.add(name)) {
          throw new UploadRefused(
              400, "upload-entry", entry.getName(), "l'archive contient deux fois " + name);
        }
        if (!known) {
          strangers.add(entry.getName());
        }
        try (OutputStream out =
            known ? Files.newOutputStream(folder.resolve(name)) : OutputStream.nullOutputStream()) {
          for (int n; (n = zip.read(buffer)) > 0; ) {
            inflated += n;
            if (inflated > cap) {
              throw UploadRefused.tooLarge("le contenu décompressé de l'archive", cap);
            }
            out.write(buffer, 0, n);
          }
        }
      }
      archive.transferTo(OutputStream.nullOutputStream());
    } catch (ZipException e) {
      throw new UploadRefused(400, "zip", "body", "archive ZIP illisible : " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (entries == 0) {
      throw new UploadRefused(
          400,
          "zip",
          "body",
          "le corps de la requête n'est pas une archive ZIP (ou elle est vide)");
    }
    if (!strangers.isEmpty()) {
      throw new UploadRefused(
          400,
          "upload-entry",
          strangers.get(0),
          "l'archive contient "
              + String.join(", ", strangers)
              + ", qui n'est pas un fichier du schéma (attendus : "
              + String.join(", ", SchemeFiles.ACCEPTED)
              + ")");
    }
  }

  private static String fileName(String entry) {
    String name = entry.replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** The request body, counted as it is read: past the cap, the upload is refused. */
  private static final class CountedInput extends FilterInputStream {

    private final long cap;
    private long count;

    CountedInput(InputStream in, long cap) {
      super(in);
      this.cap = cap;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counted(skipped);
      return skipped;
    }

    private void counted(long n) {
      count += n;
      if (count > cap) {
        throw UploadRefused.tooLarge("l'archive", cap);
      }
    }
  }
}
