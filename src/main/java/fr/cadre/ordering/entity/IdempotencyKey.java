package fr.cadre.ordering.entity;

import fr.cadre.kernel.DomainException;
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

  /**
   * A retry with a voucher's key must be the same request as the one that issued it, whose
   * fingerprint is {@code issuedWith}: another request is refused (422), naming the key and the
   * voucher. Vouchers issued before fingerprints were kept ({@code issuedWith} null) accept any.
   */
  void checkSameRequestAs(String issuedWith, String voucherNumber) {
    if (issuedWith != null && !issuedWith.equals(fingerprint)) {
      throw DomainException.unprocessable(
          "idempotency-key",
          "la clé Idempotency-Key « "
              + key
              + " » a déjà servi pour une autre requête, qui a émis le bon "
              + voucherNumber
              + " : une nouvelle requête prend une nouvelle clé");
    }
  }
}
