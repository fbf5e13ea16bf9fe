package fr.cadre.it;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;

/** A digest computed as anyone outside Cadre would: RFC 8785, then SHA-256. */
final class Rfc8785 {

  private Rfc8785() {}

  static String canonical(String json) throws IOException {
    return new JsonCanonicalizer(json).getEncodedString();
  }

  static String digest(String json) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256")
                .digest(new JsonCanonicalizer(json).getEncodedUTF8()));
  }
}
