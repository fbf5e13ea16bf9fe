package fr.cadre.documents.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Voucher contents with random texts (any code point, quotes, backslashes and control characters
 * more often than chance would give them), empty values where the content allows them, and any
 * number of lines: the inputs on which Cadre's canonical writing is compared with the library's.
 */
final class RandomContent {

  private static final String AWKWARD = "\"\\/\n\r\t\b\f\u0000\u001f\u007f\u2028\u00e9€";

  private RandomContent() {}

  static VoucherContent of(Random r) {
    List<VoucherContent.Line> lines = new ArrayList<>();
    for (int i = r.nextInt(6); i >= 0; i--) {
      lines.add(
          new VoucherContent.Line(text(r), text(r), text(r), text(r), text(r), text(r), text(r)));
    }
    return new VoucherContent(
        text(r),
        text(r),
        text(r),
        text(r),
        text(r),
        r.nextInt(),
        text(r),
        party(r),
        maybe(r),
        maybe(r),
        maybe(r),
        maybe(r),
        maybe(r),
        party(r),
        r.nextBoolean(),
        text(r),
        text(r),
        maybe(r),
        text(r),
        text(r),
        text(r),
        lines,
        text(r),
        text(r),
        text(r),
        text(r),
        maybe(r),
        text(r),
        maybe(r),
        maybe(r),
        maybe(r),
        text(r));
  }

  private static VoucherContent.Party party(Random r) {
    return new VoucherContent.Party(text(r), text(r), maybe(r));
  }

  private static String maybe(Random r) {
    return r.nextInt(4) == 0 ? null : text(r);
  }

  private static String text(Random r) {
    StringBuilder s = new StringBuilder();
    for (int i = r.nextInt(12); i > 0; i--) {
      switch (r.nextInt(4)) {
        case 0 -> s.append(AWKWARD.charAt(r.nextInt(AWKWARD.length())));
        case 1 -> s.append((char) ('a' + r.nextInt(26)));
        case 2 -> s.appendCodePoint(r.nextInt(Character.MAX_CODE_POINT + 1));
        default -> s.append((char) r.nextInt(0x10000));
      }
    }
    return s.toString();
  }
}
