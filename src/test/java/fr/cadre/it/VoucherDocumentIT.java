package fr.cadre.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.documents.entity.ReadmeDigestCommand;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@DisplayName("Voucher documents: frozen at issue, byte-identical downloads, cancellation, ZIP")
class VoucherDocumentIT {

  @ArquillianResource URL base;

  private Api api;
  private Fixtures fixtures;
  private long member;
  private long holder;
  private long site;

  @BeforeEach
  void scheme() {
    api = new Api(base);
    fixtures = new Fixtures(api);
    long consortium = fixtures.consortium();
    member = fixtures.member(consortium, "OPH", true);
    holder = fixtures.operator(false);
    long lot = fixtures.lot(fixtures.agreement(consortium), holder, "0", "100000");
    fixtures.priceLine(lot, "H-JOUR", "29.99");
    site = fixtures.site(member, lot);
  }

  @Test
  void theIssuedVoucherDownloadsAsItsNumberedPdfIdenticalAtEveryDownload() throws Exception {
    Api.Reply issued = fixtures.issue(member, site, "H-JOUR", "41.16", null);
    long id = issued.id();
    String number = issued.json().getString("number");

    Api.Download first = api.download("/vouchers/" + id + "/pdf");
    // The holder changes its name afterwards: the voucher stays as it was issued.
    api.put(
        "/operators/" + holder,
        "{\"name\":\"Nouveau nom\",\"siret\":\"%s\",\"vatExempt\":false}"
            .formatted(api.get("/operators/" + holder).json().getString("siret")));
    Api.Download second = api.download("/vouchers/" + id + "/pdf");

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.contentType()).isEqualTo("application/pdf");
    assertThat(first.disposition()).contains("filename=\"" + number + ".pdf\"");
    assertThat(second.body()).isEqualTo(first.body());
    String text = text(first.body());
    String digest = api.get("/vouchers/" + id + "/document").json().getString("digest");
    assertThat(text)
        .contains("BON DE COMMANDE n° " + number)
        .contains("1\u202f234,39\u00a0€") // 41,16 h x 29,99 € = 1 234,3884, rounded half-up
        .contains("mille quatre cent quatre-vingt-un euros et vingt-sept centimes")
        .contains(digest)
        .doesNotContain("Nouveau nom");
  }

  @Test
  void theDigestOnThePdfIsRecomputedFromTheDocumentByRfc8785AndByTheReadmeCommand()
      throws Exception {
    // Quotes and a backslash (escaped), guillemets, accents and a euro sign (not escaped).
    Api.Reply issued =
        api.send(
            "POST",
            "/vouchers?issue=true",
            """
            {"memberId":%d,"siteId":%d,"object":"Médiation « \\"été\\" » \\\\ 2022, 30 € l'heure",
             "issueDate":"2022-03-01","executionStart":"2022-03-01","executionEnd":"2022-03-31",
             "lines":[{"code":"H-JOUR","quantity":3}]}"""
                .formatted(member, site),
            Map.of("X-Cadre-User", "agent.test"));
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    long id = issued.id();

    JsonObject document = api.get("/vouchers/" + id + "/document").json();
    String digest = document.getString("digest");

    assertThat(document.getString("canonicalForm")).isEqualTo("rfc8785");
    assertThat(document.getJsonObject("content").getString("object"))
        .isEqualTo("Médiation « \"été\" » \\ 2022, 30 € l'heure");
    assertThat(Rfc8785.digest(document.getJsonObject("content").toString())).isEqualTo(digest);
    assertThat(text(api.download("/vouchers/" + id + "/pdf").body()))
        .contains("Empreinte SHA-256 du contenu : " + digest);
    if (ReadmeDigestCommand.toolsPresent()) {
      assertThat(
              ReadmeDigestCommand.fromReadme().digestOf(base.toString().replaceAll("/$", ""), id))
          .isEqualTo(digest);
    }
  }

  @Test
  void aCancelledVoucherDownloadsWithTheBanner() throws Exception {
    long id = fixtures.issue(member, site, "H-JOUR", "2", null).id();
    api.send(
        "POST",
        "/vouchers/" + id + "/cancellation",
        "{\"reason\":\"Doublon\"}",
        Map.of("X-Cadre-User", "agent.test"));

    String text = text(api.download("/vouchers/" + id + "/pdf").body());

    assertThat(text).contains("ANNULÉ le").contains("Doublon");
  }

  @Test
  void aDraftHasNoDocument() {
    Api.Reply draft =
        api.post(
            "/vouchers",
            """
            {"memberId":%d,"siteId":%d,"object":"Brouillon","executionStart":"2022-03-01",
             "executionEnd":"2022-03-31","lines":[{"code":"H-JOUR","quantity":1}]}"""
                .formatted(member, site));
    assertThat(api.download("/vouchers/" + draft.id() + "/pdf").status()).isEqualTo(409);
  }

  @Test
  void aHoldersVouchersDownloadAsOneZipOfNumberedPdfs() throws Exception {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      numbers.add(fixtures.issue(member, site, "H-JOUR", "1", null).json().getString("number"));
    }

    Api.Download zip =
        api.download("/vouchers/archive?holder=" + holder + "&from=2022-03-01&to=2022-03-31");

    assertThat(zip.status()).isEqualTo(200);
    assertThat(zip.contentType()).isEqualTo("application/zip");
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        names.add(e.getName());
        assertThat(text(in.readAllBytes()))
            .contains("BON DE COMMANDE n° " + e.getName().replace(".pdf", ""));
      }
    }
    assertThat(names)
        .containsExactlyInAnyOrderElementsOf(numbers.stream().map(n -> n + ".pdf").toList());
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("[ \\n\\r]+", " ");
    }
  }
}
