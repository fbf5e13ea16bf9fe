package fr.cadre.ordering.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A client's {@code Idempotency-Key} with the fingerprint of the request it came with: a retry with
 * the same key gets the voucher the first request issued, but the same key with another request is
 * refused rather than answered with a voucher it did not ask for (IETF
 * draft-ietf-httpapi-idempotency-key-header).
 */
public record IdempotencyKey(String key, String fingerprint) {

  /** The key, and the SHA-256 of the request's canonical text. */
  public static IdempotencyKey of(String key, String canonicalRequest) {
    if (key == null) {
      return null;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonicalRequest.getBytes(StandardCharsets.UTF_8));
      return new IdempotencyKey(key, HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
