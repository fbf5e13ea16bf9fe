package fr.cadre.documents.entity;

import java.util.Arrays;

/**
 * How a voucher's frozen content was written before its SHA-256 was taken. A digest is only worth
 * something if anyone can compute it again from the content: RFC 8785 says exactly how. Documents
 * frozen before Cadre used it keep the form, and so the digest, they were issued with.
 */
public enum CanonicalForm {
  /**
   * The JSON Canonicalization Scheme (RFC 8785): members sorted by name, no spaces, strings escaped
   * as little as JSON allows. Every document frozen since schema V7.
   */
  RFC8785("rfc8785"),

  /**
   * Before schema V7: Cadre's own JSON writer, members in the order the document lists them, no
   * spaces. The digest is that of the stored text as it is.
   */
  CADRE_FIELD_ORDER("cadre-field-order");

  private final String code;

  CanonicalForm(String code) {
    this.code = code;
  }

  /** The name stored beside the document and shown by the document endpoint. */
  public String code() {
    return code;
  }

  public static CanonicalForm of(String code) {
    return Arrays.stream(values())
        .filter(f -> f.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown canonical form: " + code));
  }
}
