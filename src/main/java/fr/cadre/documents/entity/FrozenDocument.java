package fr.cadre.documents.entity;

import fr.cadre.ordering.entity.Voucher;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
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

  /**
   * Its voucher, as the key: so that a flush writes the voucher's row first, and the vouchers and
   * documents of a batch go in one flush.
   */
  @Id
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "voucher_id")
  private Voucher voucher;

  @Column(name = "content", nullable = false, length = 1000000)
  private String content;

  @Column(name = "digest", nullable = false, length = 64)
  private String digest;

  @Column(name = "canonical_form", nullable = false, length = 20)
  private String canonicalForm;

  protected FrozenDocument() {}

  public FrozenDocument(Voucher voucher, String content, String digest, CanonicalForm form) {
    this.voucher = voucher;
    this.content = content;
    this.digest = digest;
    this.canonicalForm = form.code();
  }
}
