package fr.cadre.importing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName(
    "A folder to import is read only below the import root, and a path that leaves it is refused"
        + " in the same words whether it exists or not")
class ImportRootTest {

  @TempDir Path disk;
  private Path root;
  private ImportRoot imports;

  @BeforeEach
  void root() throws IOException {
    root = Files.createDirectories(disk.resolve("data/imports")).toRealPath();
    Files.createDirectories(root.resolve("marseille"));
    Files.createDirectories(disk.resolve("secret"));
    imports = new ImportRoot(root);
  }

  @Test
  void aFolderBelowTheRootIsFoundByItsRelativeOrAbsolutePath() {
    assertThat(imports.folder("marseille")).isEqualTo(root.resolve("marseille"));
    assertThat(imports.folder(root.resolve("marseille").toString()))
        .isEqualTo(root.resolve("marseille"));
    assertThat(imports.folder("marseille/../marseille/.")).isEqualTo(root.resolve("marseille"));
  }

  @Test
  void pathsLeavingTheRootAreRefusedAlikeWhetherTheyExistOrNot() throws IOException {
    Files.createSymbolicLink(root.resolve("raccourci"), disk.resolve("secret"));
    for (String path :
        new String[] {
          "../../secret",
          "../../nothing-here",
          disk.resolve("secret").toString(),
          disk.resolve("nothing-here").toString(),
          "raccourci",
          "marseille/../../..",
        }) {
      assertThatThrownBy(() -> imports.folder(path))
          .as(path)
          .isInstanceOfSatisfying(
              UploadRefused.class,
              e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.rule()).isEqualTo("import-root");
                assertThat(e.getMessage())
                    .isEqualTo(
                        "« "
                            + path
                            + " » n'est pas sous la racine des imports "
                            + root
                            + " (clé cadre.import.root) : seuls ses dossiers s'importent");
              });
    }
  }

  @Test
  void aFileLinkedOutOfTheRootIsRefused() throws IOException {
    Path secret = Files.writeString(disk.resolve("secret/sites.csv"), "code;name\n");
    Path link = Files.createSymbolicLink(root.resolve("marseille/sites.csv"), secret);

    assertThatThrownBy(() -> imports.file(link, "marseille"))
        .isInstanceOfSatisfying(
            UploadRefused.class, e -> assertThat(e.rule()).isEqualTo("import-root"));
  }

  @Test
  void aMissingFolderBelowTheRootIsSaidToBeMissing() {
    assertThatThrownBy(() -> imports.folder("lyon"))
        .isInstanceOfSatisfying(
            UploadRefused.class, e -> assertThat(e.rule()).isEqualTo("import-folder"));
  }
}
