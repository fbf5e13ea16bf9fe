package fr.cadre.documents.control;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;

/**
 * The XMP metadata packet PDF/A requires, written from a template: the same properties as the
 * document information (title, author, subject, producer, creator tool, dates) and the PDF/A-2b
 * identification. Building it through a DOM and an XML transformer cost more than laying out the
 * whole voucher.
 */
final class Xmp {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZoneOffset.UTC);

  private Xmp() {}

  static String packet(
      String title,
      String author,
      String subject,
      String producer,
      String creatorTool,
      Calendar date) {
    String when = DATE.format(date.toInstant());
    return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        + "<dc:format>application/pdf</dc:format>\n"
        + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + escape(title)
        + "</rdf:li></rdf:Alt></dc:title>\n"
        + "<dc:creator><rdf:Seq><rdf:li>"
        + escape(author)
        + "</rdf:li></rdf:Seq></dc:creator>\n"
        + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + escape(subject)
        + "</rdf:li></rdf:Alt></dc:description>\n"
        + "</rdf:Description>\n"
        + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        + "<pdf:Producer>"
        + escape(producer)
        + "</pdf:Producer>\n"
        + "</rdf:Description>\n"
        + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        + "<xmp:CreatorTool>"
        + escape(creatorTool)
        + "</xmp:CreatorTool>\n"
        + "<xmp:CreateDate>"
        + when
        + "</xmp:CreateDate>\n"
        + "<xmp:ModifyDate>"
        + when
        + "</xmp:ModifyDate>\n"
        + "</rdf:Description>\n"
        + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        + "<pdfaid:part>2</pdfaid:part>\n"
        + "<pdfaid:conformance>B</pdfaid:conformance>\n"
        + "</rdf:Description>\n"
        + "</rdf:RDF>\n"
        + "</x:xmpmeta>\n"
        + "<?xpacket end=\"w\"?>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
