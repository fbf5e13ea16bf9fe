package fr.cadre.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A voucher's frozen content as written at its issue: its canonical JSON, the SHA-256 digest of
 * that text and the canonical form it was written in. Written only, as an entity so that a batch of
 * issues inserts its documents in one JDBC batch with its vouchers' rows; read by {@code
 * VoucherDocuments} with plain queries.
 */
@Entity
@Table(name = "voucher_document")
public class FrozenDocument {

  @Id
  @Column(name = "voucher_id")
  private Long voucherId;

  @Column(name = "content", nullable = false, length = 1000000)
  private String content;

  @Column(name = "digest", nullable = false, length = 64)
  private String digest;

  @Column(name = "canonical_form", nullable = false, length = 20)
  private String canonicalForm;

  protected FrozenDocument() {}

  public FrozenDocument(long voucherId, String content, String digest, CanonicalForm form) {
    this.voucherId = voucherId;
    this.content = content;
    this.digest = digest;
    this.canonicalForm = form.code();
  }
}
