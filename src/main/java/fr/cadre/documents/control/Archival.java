package fr.cadre.documents.control;

import fr.cadre.documents.entity.VoucherContent;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Makes a voucher document PDF/A-2b: XMP metadata matching the document information, an sRGB output
 * intent, and a file identifier taken from the content's digest (and the cancellation date, once
 * cancelled). Dates come from the voucher's issue date, never from the clock, so that every
 * download is byte-identical.
 */
final class Archival {

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private Archival() {}

  static void apply(
      PDDocument document, VoucherContent c, String digest, VoucherPdf.Cancellation cancellation)
      throws IOException {
    Calendar issued = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    issued.clear();
    LocalDate day = LocalDate.parse(c.issueDate());
    issued.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 0, 0, 0);
    String title = "Bon de commande n° " + c.number();
    String subject = c.object();
    String producer = "Cadre (Apache PDFBox)";

    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor(c.consortium());
    info.setSubject(subject);
    info.setCreator("Cadre");
    info.setProducer(producer);
    info.setCreationDate(issued);
    info.setModificationDate(issued);

    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(
        Xmp.packet(title, c.consortium(), subject, producer, "Cadre", issued)
            .getBytes(StandardCharsets.UTF_8));
    document.getDocumentCatalog().setMetadata(metadata);
    PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    document.getDocumentCatalog().addOutputIntent(intent);
    document.getDocumentCatalog().setLanguage("fr-FR");

    byte[] fileId = HexFormat.of().parseHex(digest.substring(0, 32));
    if (cancellation != null) {
      byte[] mark = cancellation.on().toString().getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < mark.length && i < fileId.length; i++) {
        fileId[i] ^= mark[i];
      }
    }
    COSArray ids = new COSArray();
    ids.add(new COSString(fileId));
    ids.add(new COSString(fileId));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }
}
