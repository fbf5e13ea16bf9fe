package fr.cadre.importing.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder below which {@code {"folder": …}} reads: a path that leaves it (by {@code ..}, by
 * being absolute elsewhere, or by a symbolic link pointing out of it) is refused with the same
 * words whether or not it exists, so that the API tells nothing of the rest of the server's disk.
 */
final class ImportRoot {

  private final Path root;

  ImportRoot(Path root) {
    this.root = root;
  }

  /** The requested folder (relative to the root, or absolute below it), checked. */
  Path folder(String requested) {
    Path candidate;
    try {
      candidate = root.resolve(requested).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw outside(requested);
    }
    if (!candidate.startsWith(root)) {
      throw outside(requested);
    }
    if (!Files.isDirectory(candidate)) {
      throw new UploadRefused(
          400,
          "import-folder",
          "folder",
          "aucun dossier « " + requested + " » sous la racine des imports " + root);
    }
    real(candidate, requested);
    return candidate;
  }

  /** A file of the folder, unless a link takes it out of the root. */
  Path file(Path file, String requested) {
    real(file, requested);
    return file;
  }

  private void real(Path path, String requested) {
    try {
      if (!path.toRealPath().startsWith(root.toRealPath())) {
        throw outside(requested);
      }
    } catch (IOException e) {
      throw outside(requested);
    }
  }

  private UploadRefused outside(String requested) {
    return new UploadRefused(
        400,
        "import-root",
        "folder",
        "« "
            + requested
            + " » n'est pas sous la racine des imports "
            + root
            + " (clé cadre.import.root) : seuls ses dossiers s'importent");
  }
}
