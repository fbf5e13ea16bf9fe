package fr.cadre.documents.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's commands that recompute a voucher's digest from {@code GET
 * /api/vouchers/{id}/document} (RFC 8785, and the older form of documents frozen before it), taken
 * from the README itself so that a test runs exactly what a reader would type.
 */
public final class ReadmeDigestCommand {

  private static final Pattern COMMAND =
      Pattern.compile(
          "^curl -s (?:-u \\S+ )?(\\S+)/api/vouchers/(\\d+)/document \\| (.+)$", Pattern.MULTILINE);
  private static final Pattern OLD_FORM =
      Pattern.compile("`cadre-field-order`: [^\\n]*?`(jq [^`]+)`");

  private final String pipeline;

  private ReadmeDigestCommand(String pipeline) {
    this.pipeline = pipeline;
  }

  public static ReadmeDigestCommand fromReadme() throws IOException {
    Matcher m = COMMAND.matcher(Files.readString(Path.of("README.md")));
    if (!m.find()) {
      throw new AssertionError("README.md shows no command " + COMMAND.pattern());
    }
    return new ReadmeDigestCommand(m.group(3));
  }

  /** The same command for a document frozen in the form before RFC 8785. */
  public static ReadmeDigestCommand forOldFormFromReadme() throws IOException {
    Matcher m = OLD_FORM.matcher(Files.readString(Path.of("README.md")));
    if (!m.find()) {
      throw new AssertionError("README.md shows no command " + OLD_FORM.pattern());
    }
    return new ReadmeDigestCommand(m.group(1));
  }

  /** Whether this machine has the tools the command uses (CI needs only a JDK and Maven). */
  public static boolean toolsPresent() {
    for (String tool : List.of("sh", "curl", "jq", "sha256sum")) {
      if (!onPath(tool)) {
        return false;
      }
    }
    return true;
  }

  /** What follows {@code curl}, fed with a document answer: the digest it prints. */
  public String digestOf(String documentJson) throws IOException, InterruptedException {
    return run(pipeline, documentJson);
  }

  /** The whole command, against a running server's voucher, as the tests' user. */
  public String digestOf(String baseUrl, long voucherId) throws IOException, InterruptedException {
    return run(
        "curl -s -u "
            + fr.cadre.it.Api.TESTER
            + ":"
            + fr.cadre.it.Api.TESTER_PASSWORD
            + " "
            + baseUrl
            + "/api/vouchers/"
            + voucherId
            + "/document | "
            + pipeline,
        "");
  }

  private static String run(String command, String input) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
    p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new AssertionError(command + " failed: " + out);
    }
    // sha256sum prints "<digest>  -".
    return out.strip().split("\\s+")[0];
  }

  private static boolean onPath(String tool) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
