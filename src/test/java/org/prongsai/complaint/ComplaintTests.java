package org.prongsai.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prongsai.agency.AgencyKind;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.NewAgencyForm;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.Refusal;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A report as its reporter sends and follows it, and as an investigator handles it; what it says and who sent
 * it is found nowhere in a dump of the database or in the application's output.
 */
@ProngsaiTest
@ExtendWith(OutputCaptureExtension.class)
class ComplaintTests {

    private static final Pattern RECEIPT = Pattern.compile("class=\"receipt-code\">([0-9 ]+)<");
    private static final String INVESTIGATOR_TOTP = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final String CUSTODIAN_TOTP = "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U";

    @LocalServerPort
    int port;

    @Value("${prongsai.data-dir}")
    Path dataDir;

    @Autowired
    Complaints complaints;

    @Autowired
    CaseHandling handling;

    @Autowired
    AgencyManagement agencies;

    @Autowired
    ComplaintStatistics statistics;

    @Autowired
    org.prongsai.disclosure.DisclosureManagement disclosure;

    @Autowired
    java.time.Clock clock;

    @Autowired
    Retention retention;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private static Map<String, String> report(String channel, String text, String name, String nationalId) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("channel", channel);
        fields.put("anonymous", name == null ? "true" : "false");
        fields.put("subject", "");
        fields.put("text", text);
        fields.put("place", "");
        fields.put("name", name == null ? "" : name);
        fields.put("nationalId", nationalId == null ? "" : nationalId);
        fields.put("phone", name == null ? "" : "0812345678");
        fields.put("email", "");
        fields.put("lineId", "");
        fields.put("website", "");
        return fields;
    }

    @Test
    void aReportIsSealedAndFoundNeitherInADumpNorInTheLogs(CapturedOutput output) throws Exception {
        var name = "นางสาวลับเฉพาะ ปกปิดนาม";
        var sentence = "ปลัดเรียกรับเงินสามหมื่นเจ็ดพันบาทที่ร้านกาแฟริมคลองหลังตลาด";
        var nationalId = "1103702071811";
        var citizen = new Browser(port);
        assertThat(citizen.get("/complaints").body()).contains("แจ้งเบาะแสการทุจริตและประพฤติมิชอบ");
        assertThat(citizen.get("/complaints/new?channel=CORRUPTION").body())
                .contains("<h1>แจ้งเบาะแสการทุจริตและประพฤติมิชอบ</h1>")
                .contains("<title>แจ้งเบาะแสการทุจริตและประพฤติมิชอบ |")
                .doesNotContain("??");
        var sent = citizen.post("/complaints", report("CORRUPTION", sentence, name, nationalId));
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.headers().firstValue("Cache-Control")).contains("no-store");
        var receipt = RECEIPT.matcher(sent.body());
        assertThat(receipt.find()).as(sent.body()).isTrue();
        assertThat(receipt.group(1).replace(" ", "")).hasSize(20);

        // The reporter follows the case with the receipt; the investigator reads what was reported, not who.
        citizen.get("/complaints/status");
        var status = citizen.post("/complaints/status", Map.of("receipt", receipt.group(1)));
        assertThat(status.body()).contains("รับเรื่องแล้ว").contains("แจ้งเบาะแสการทุจริต");
        var investigator = new Browser(port);
        investigator.signIn("investigator", "prongsai-demo", INVESTIGATOR_TOTP);
        var list = investigator.get("/admin/complaints").body();
        var caseLink =
                Pattern.compile("href=\"(/admin/complaints/[0-9a-f-]{36})\"").matcher(list);
        assertThat(caseLink.find()).isTrue();
        var page = investigator.get(caseLink.group(1)).body();
        assertThat(page).contains(sentence).contains("ข้อมูลตัวตนถูกปิดผนึก").doesNotContain(name);

        var dump = dump();
        assertThat(dump).contains("complaint_case");
        assertThat(dump).doesNotContain(sentence).doesNotContain(name).doesNotContain(nationalId);
        assertThat(dump).doesNotContain(receipt.group(1).replace(" ", ""));
        assertThat(output.getAll())
                .doesNotContain(sentence)
                .doesNotContain(name)
                .doesNotContain(nationalId);
    }

    @Test
    void aWrongReceiptRevealsNothingAndTakesAboutAsLongAsARightOne() {
        var agency = agency();
        var received = complaints.submit(
                agency,
                new ReportForm(
                        Channel.GENERAL,
                        true,
                        "ถนน",
                        "ถนนหน้าโรงเรียนเป็นหลุมมาสามเดือนแล้ว",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""));
        var right = received.receipt();
        var digits = right.replace(" ", "");
        var wrongSecret = digits.substring(0, 19) + ((digits.charAt(19) - '0' + 1) % 10);
        var noCase = "0000000" + digits.substring(7, 20).replace('0', '1');

        assertThat(complaints.forReporter(agency, right)).isPresent();
        assertThat(complaints.forReporter(agency, wrongSecret)).isEmpty();
        assertThat(complaints.forReporter(agency, noCase)).isEmpty();
        assertThat(complaints.forReporter(agency, "not a receipt")).isEmpty();
        // Another agency's receipt opens nothing here.
        assertThat(complaints.forReporter(agencies.findIdBySlug("banprongsai").orElseThrow(), right))
                .isEmpty();

        // Each check hashes the receipt (Argon2id), whether its first digits find a case or not: the two wrong
        // kinds cannot be told apart by time, so the digits that find a case cannot be searched for.
        long noCaseTime = median(() -> complaints.forReporter(agency, noCase));
        long wrongTime = median(() -> complaints.forReporter(agency, wrongSecret));
        assertThat((double) wrongTime / noCaseTime).isBetween(0.5, 2.0);

        // Over the web, a right receipt and a wrong one are answered in the same time.
        var citizen = new Browser(port);
        citizen.get("/complaints/new?channel=GENERAL");
        var sent = citizen.post("/complaints", report("GENERAL", "ทางเท้าหน้าตลาดชำรุดหลายจุดแล้ว", null, null));
        var receipt = RECEIPT.matcher(sent.body());
        assertThat(receipt.find()).isTrue();
        long rightWeb = median(() -> citizen.post("/complaints/status", Map.of("receipt", receipt.group(1))));
        long wrongWeb = median(() -> citizen.post("/complaints/status", Map.of("receipt", noCase)));
        assertThat(rightWeb).isGreaterThanOrEqualTo(ComplaintController.ANSWER_TIME.toNanos());
        assertThat((double) wrongWeb / rightWeb).isBetween(0.7, 1.4);
    }

    @Test
    void theInvestigatorMovesTheCaseOnAndTheReporterReadsAndAnswers() {
        var agency = agency();
        var received = complaints.submit(
                agency,
                new ReportForm(
                        Channel.GENERAL,
                        true,
                        "",
                        "ไฟถนนซอยสามดับทั้งซอยมาหนึ่งสัปดาห์",
                        "ซอย 3",
                        "",
                        "",
                        "",
                        "",
                        "",
                        ""));
        var id = handling.cases(agency).stream()
                .filter(c -> c.number() == received.number())
                .findFirst()
                .orElseThrow()
                .id();

        assertThatThrownBy(() -> handling.changeStatus(agency, id, CaseStatus.RESOLVED, "ซ่อมแล้ว"))
                .isInstanceOf(Refusal.class)
                .hasMessage("complaint.status.not-allowed");
        handling.changeStatus(agency, id, CaseStatus.ACKNOWLEDGED, "");
        handling.changeStatus(agency, id, CaseStatus.INVESTIGATING, null);
        assertThatThrownBy(() -> handling.changeStatus(agency, id, CaseStatus.DISMISSED, " "))
                .isInstanceOf(Refusal.class)
                .hasMessage("complaint.reason.required");
        handling.write(agency, id, "ขอทราบเสาไฟต้นที่ดับ");
        assertThat(complaints
                        .reply(agency, received.receipt(), "ต้นที่สามจากปากซอย")
                        .orElseThrow()
                        .refused())
                .isNull();
        handling.changeStatus(agency, id, CaseStatus.RESOLVED, "เปลี่ยนหลอดไฟแล้ว");

        var seen = complaints.forReporter(agency, received.receipt()).orElseThrow();
        assertThat(seen.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(seen.steps())
                .extracting(Complaints.Step::status)
                .containsExactly(
                        CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED, CaseStatus.INVESTIGATING, CaseStatus.RESOLVED);
        assertThat(seen.steps()).allMatch(s -> s.by() == null);
        assertThat(seen.steps().get(3).reason()).isEqualTo("เปลี่ยนหลอดไฟแล้ว");
        assertThat(seen.messages())
                .extracting(Complaints.Message::text)
                .containsExactly("ขอทราบเสาไฟต้นที่ดับ", "ต้นที่สามจากปากซอย");
        var late = complaints.reply(agency, received.receipt(), "อีกเรื่อง").orElseThrow();
        assertThat(late.refused()).isNotNull().hasMessage("complaint.closed");
        assertThat(late.view().messages()).hasSize(2);
        assertThat(complaints.reply(agency, received.receipt() + "1", "อีกเรื่อง"))
                .isEmpty();
    }

    @Test
    void aBadReportKeepsWhatWasTypedAndSaysWhy() {
        var citizen = new Browser(port);
        citizen.get("/complaints/new?channel=GENERAL");
        var typed = "น้ำประปาไม่ไหลมาสามวันแล้วที่หมู่สอง";
        var noContact = report("GENERAL", typed, "นายทดสอบ ระบบ", "1103702071812");
        noContact.put("phone", "");
        var refused = citizen.post("/complaints", noContact).body();
        // Both problems at once: no contact, and an ID whose check digit is wrong.
        assertThat(refused)
                .contains("กรุณากรอกโทรศัพท์ อีเมล หรือ LINE ID")
                .contains("เลขประจำตัวประชาชนไม่ถูกต้อง")
                .contains(typed);
        var wrongId = citizen.post("/complaints", report("GENERAL", typed, "นายทดสอบ ระบบ", "1103702071812"))
                .body();
        assertThat(wrongId)
                .contains("เลขประจำตัวประชาชนไม่ถูกต้อง")
                .contains(typed)
                .contains("aria-invalid=\"true\"");
        var empty =
                citizen.post("/complaints", report("GENERAL", "", null, null)).body();
        assertThat(empty).contains("กรุณาพิมพ์รายละเอียด");
        // A name typed while "anonymous" is still chosen is not thrown away unseen: the reporter is asked.
        var nameButAnonymous = report("GENERAL", typed, "นายทดสอบ ระบบ", null);
        nameButAnonymous.put("anonymous", "true");
        assertThat(citizen.post("/complaints", nameButAnonymous).body())
                .contains("ไม่ประสงค์ออกนาม&quot; แต่กรอกชื่อ")
                .contains("นายทดสอบ ระบบ");
        // A hand-made channel starts again rather than failing.
        var bogus = report("BOGUS", typed, null, null);
        assertThat(Browser.location(citizen.post("/complaints", bogus))).endsWith("/complaints");
        // So does a post without the anonymous choice, which the form always sends (it was a 500).
        var noChoice = report("GENERAL", typed, null, null);
        noChoice.remove("anonymous");
        assertThat(Browser.location(citizen.post("/complaints", noChoice))).endsWith("/complaints");
        // A staff member who is not an investigator reads no case.
        var staff = new Browser(port);
        staff.signIn("staff", "prongsai-demo", null);
        assertThat(staff.get("/admin/complaints").statusCode()).isEqualTo(403);
    }

    @Test
    void theYearsNumbersArePublishedWithAChartAndAsOitEvidence() {
        var agency = agencies.findIdBySlug("complaint-stats")
                .orElseGet(() -> agencies.create(new NewAgencyForm(
                        "complaint-stats", "", "องค์การบริหารส่วนตำบลสถิติ", "", AgencyKind.SAO, "S", "ขอนแก่น")));
        int year = org.prongsai.shared.FiscalYear.containing(java.time.LocalDate.now(clock))
                .buddhistYear();
        var before = statistics.of(agency, year);
        var first = complaints.submit(
                agency, Reports.anonymous(Channel.CORRUPTION, "เจ้าหน้าที่ขอเงินพิเศษเพื่อเร่งออกใบอนุญาต"));
        complaints.submit(agency, Reports.anonymous(Channel.GENERAL, "ขอให้ตัดกิ่งไม้ที่บังสัญญาณไฟจราจร"));
        var id = handling.cases(agency).stream()
                .filter(c -> c.number() == first.number())
                .findFirst()
                .orElseThrow()
                .id();
        handling.changeStatus(agency, id, CaseStatus.DISMISSED, "ข้อมูลไม่เพียงพอ");

        var after = statistics.of(agency, year);
        assertThat(after.total()).isEqualTo(before.total() + 2);
        assertThat(after.corruption()).isEqualTo(before.corruption() + 1);
        assertThat(after.closed()).isEqualTo(before.closed() + 1);
        assertThat(after.medianDaysToClose()).isZero();
        assertThat(after.months()).hasSize(12);
        assertThat(after.months().get(0).first())
                .isEqualTo(org.prongsai.shared.FiscalYear.of(year).start());
        assertThat(after.months().stream()
                        .mapToInt(ComplaintStatistics.Month::total)
                        .sum())
                .isEqualTo(after.total());

        // The public page (the demo agency's) draws the chart from its data; the OIT item links to it.
        var page = new Browser(port).get("/complaints/statistics").body();
        assertThat(page).contains("สถิติเรื่องร้องเรียนและเบาะแสการทุจริต ปีงบประมาณ พ.ศ. " + year);
        assertThat(page).contains("data-chart=").contains("แจ้งเบาะแสการทุจริตและประพฤติมิชอบ");
        assertThat(Browser.location(new Browser(port).get("/complaints/statistics?year=2400")))
                .endsWith("/complaints/statistics");
        var guideline = new Browser(port).get("/complaints/guideline").body();
        assertThat(guideline).contains("ภายใน 15 วันนับจากวันที่รับเรื่อง").contains("ส่งต่อหน่วยงานที่รับผิดชอบ");
        var guidelineItem =
                disclosure.framework(year).itemsMeaning("complaint-guideline").get(0);
        assertThat(disclosure
                        .item(agency, year, guidelineItem.id())
                        .orElseThrow()
                        .evidence())
                .anyMatch(e -> "/complaints/guideline".equals(e.link()));
        var statisticsItem =
                disclosure.framework(year).itemsMeaning("complaint-statistics").get(0);
        assertThat(disclosure
                        .item(agency, year, statisticsItem.id())
                        .orElseThrow()
                        .evidence())
                .anyMatch(e -> ("/complaints/statistics?year=" + year).equals(e.link()));
    }

    @Test
    void anInvestigatorSeesWhoReportedOnlyAfterACustodianApprovesAndEveryLookIsKept() {
        var name = "นายผู้แจ้ง เปิดเผยได้";
        var citizen = new Browser(port);
        citizen.get("/complaints/new?channel=CORRUPTION");
        var sent = citizen.post(
                "/complaints",
                report("CORRUPTION", "มีการแบ่งงานจ้างเพื่อเลี่ยงการประกวดราคาในโครงการถนน", name, null));
        var number = Pattern.compile("เรื่องเลขที่ (\\d+)").matcher(sent.body());
        assertThat(number.find()).as(sent.body()).isTrue();

        var investigator = new Browser(port);
        investigator.signIn("investigator", "prongsai-demo", INVESTIGATOR_TOTP);
        var link = Pattern.compile("href=\"(/admin/complaints/[0-9a-f-]{36})\">#" + number.group(1) + "<")
                .matcher(investigator.get("/admin/complaints").body());
        assertThat(link.find()).isTrue();
        var casePage = link.group(1);
        assertThat(investigator.get(casePage).body()).doesNotContain(name).contains("ขอเปิดดูตัวตน");
        var tooShort = investigator.post(casePage + "/identity", Map.of("identityReason", "ขอดู"));
        assertThat(investigator
                        .get(java.net.URI.create(Browser.location(tooShort)).getPath())
                        .body())
                .contains("กรุณาระบุเหตุผลอย่างน้อย 10 ตัวอักษร");
        investigator.post(
                casePage + "/identity", Map.of("identityReason", "ต้องสอบปากคำผู้แจ้งเพิ่มเติมเรื่องสัญญาจ้าง"));
        assertThat(investigator.get(casePage).body()).doesNotContain(name).contains("รอผู้ดูแลอนุมัติ");
        assertThat(investigator.get("/admin").body()).contains("เรื่องร้องเรียนใหม่รอตอบรับ");

        // Neither a staff member nor the investigator decides; the custodian reads the reason and approves.
        var staff = new Browser(port);
        staff.signIn("staff", "prongsai-demo", null);
        assertThat(staff.get("/admin/complaint-identities").statusCode()).isEqualTo(403);
        assertThat(investigator.get("/admin/complaint-identities").statusCode()).isEqualTo(403);
        var custodian = new Browser(port);
        custodian.signIn("custodian", "prongsai-demo", CUSTODIAN_TOTP);
        assertThat(custodian.get("/admin").body()).contains("คำขอเปิดดูตัวตนผู้แจ้งรอพิจารณา");
        var requests = custodian.get("/admin/complaint-identities").body();
        assertThat(requests)
                .contains("ต้องสอบปากคำผู้แจ้งเพิ่มเติมเรื่องสัญญาจ้าง")
                .contains("รับเรื่องเมื่อ")
                .doesNotContain(name);
        var request = Pattern.compile("action=\"(/admin/complaint-identities/[0-9a-f-]{36})\"")
                .matcher(requests);
        assertThat(request.find()).isTrue();
        custodian.post(request.group(1), Map.of("decision", "approve"));
        assertThat(custodian.post(request.group(1), Map.of("decision", "deny")).statusCode())
                .isEqualTo(302);

        assertThat(investigator.get(casePage).body()).contains(name).contains("0812345678");
        assertThat(custodian.get("/admin/complaint-identities").body()).contains("นายวีระพงษ์ ยุติธรรม ·");
    }

    @Test
    void thePosterCarriesAQrCodeThatLeadsToTheChannel() throws Exception {
        var response = new Browser(port)
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/complaints/poster.pdf"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        var file = org.prongsai.support.Artifacts.dir().resolve("complaints-poster.pdf");
        Files.write(file, response.body());
        org.prongsai.support.PdfFonts.assertAllEmbedded(file);
        var text = run("pdftotext", "-raw", file.toString(), "-").replaceAll("\\s+", "");
        assertThat(text).contains("ช่องทางร้องเรียน").contains("บ้านโปร่งใส").contains("/complaints");
        var png = org.prongsai.support.Artifacts.dir().resolve("complaints-poster");
        run("pdftoppm", "-png", "-r", "200", "-singlefile", file.toString(), png.toString());
        var image = javax.imageio.ImageIO.read(
                png.resolveSibling("complaints-poster.png").toFile());
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image)));
        var decoded = new com.google.zxing.qrcode.QRCodeReader()
                .decode(bitmap, Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
        assertThat(decoded).startsWith("http").endsWith("/complaints");
    }

    private static String run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }

    @Test
    void aClosedCaseIsDestroyedAtTheEndOfItsRetentionAndListedBeforehand() {
        var agency = agencies.findIdBySlug("complaint-retention")
                .orElseGet(() -> agencies.create(new NewAgencyForm(
                        "complaint-retention",
                        "",
                        "องค์การบริหารส่วนตำบลเก็บรักษา",
                        "",
                        AgencyKind.SAO,
                        "S",
                        "ขอนแก่น")));
        var old =
                complaints.submit(agency, Reports.anonymous(Channel.CORRUPTION, "เรื่องเก่ามากที่ปิดไปนานแล้วจริง ๆ"));
        var soon = complaints.submit(agency, Reports.anonymous(Channel.GENERAL, "เรื่องที่ใกล้ครบกำหนดเก็บรักษาแล้ว"));
        var kept =
                complaints.submit(agency, Reports.anonymous(Channel.GENERAL, "เรื่องที่ยังต้องเก็บรักษาต่อไปอีกนาน"));
        int year = org.prongsai.shared.FiscalYear.containing(java.time.LocalDate.now(clock))
                .buddhistYear();
        for (var received : List.of(old, soon, kept)) {
            var id = handling.cases(agency).stream()
                    .filter(c -> c.number() == received.number())
                    .findFirst()
                    .orElseThrow()
                    .id();
            handling.changeStatus(agency, id, CaseStatus.DISMISSED, "ไม่อยู่ในอำนาจหน้าที่");
        }
        var today = java.time.LocalDate.now(clock);
        // Closed long ago, as the clock cannot be turned back: corruption reports are kept ten years,
        // general complaints five.
        closedOn(agency, old.number(), today.minusYears(10).minusDays(1));
        closedOn(agency, soon.number(), today.minusYears(5).plusDays(10));
        var statistics = this.statistics.of(agency, year);

        assertThat(retention.dueSoon(agency))
                .extracting(Retention.Due::number)
                .containsExactly(old.number(), soon.number());
        assertThat(retention.destroyExpired(agency)).isEqualTo(1);
        assertThat(retention.destroyExpired(agency)).isZero();

        assertThat(complaints.forReporter(agency, old.receipt())).isEmpty();
        assertThat(handling.cases(agency))
                .extracting(CaseHandling.CaseLine::number)
                .doesNotContain(old.number());
        assertThat(complaints.forReporter(agency, soon.receipt())).isPresent();
        assertThat(jdbc.sql("select count(*) from complaint_case where agency_id = :a and data_key is null"
                                + " and content is null and destroyed_on is not null")
                        .param("a", agency.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(this.statistics.of(agency, year).total()).isEqualTo(statistics.total());
    }

    private void closedOn(AgencyId agency, int number, java.time.LocalDate day) {
        jdbc.sql("update complaint_case set status_changed_on = :d where agency_id = :a and number = :n")
                .param("d", day)
                .param("a", agency.value())
                .param("n", number)
                .update();
    }

    @Test
    void aPhotoLosesItsHiddenDataAndAFileThatIsNotWhatItClaimsIsRefused() throws Exception {
        var photo = photoWithHiddenData("GPS 13.7563N 100.5018E owned by SECRETOWNER");
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("SECRETOWNER");
        var citizen = new Browser(port);
        citizen.get("/complaints/new?channel=CORRUPTION");
        var fields = report("CORRUPTION", "ภาพถ่ายการรับเงินหน้าห้องพัสดุเมื่อวานนี้", null, null);
        var sent = citizen.postFile("/complaints", fields, "files", "IMG_ของฉัน.jpg", "image/jpeg", photo);
        assertThat(sent.statusCode()).isEqualTo(200);
        var number = Pattern.compile("เรื่องเลขที่ (\\d+)").matcher(sent.body());
        assertThat(number.find()).as(sent.body()).isTrue();

        var investigator = new Browser(port);
        investigator.signIn("investigator", "prongsai-demo", INVESTIGATOR_TOTP);
        var link = Pattern.compile("href=\"(/admin/complaints/[0-9a-f-]{36})\">#" + number.group(1) + "<")
                .matcher(investigator.get("/admin/complaints").body());
        assertThat(link.find()).isTrue();
        var page = investigator.get(link.group(1)).body();
        assertThat(page).contains("IMG_ของฉัน.jpg");
        var file = investigator.send(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + port + link.group(1) + "/files/0"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
        assertThat(new String(file.body(), StandardCharsets.ISO_8859_1)).doesNotContain("SECRETOWNER");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(file.body())))
                .isNotNull();
        assertThat(dump()).doesNotContain("SECRETOWNER").doesNotContain("IMG_ของฉัน");

        // A "photo" that is a script is refused, and what was typed stays.
        var script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8);
        var refused = citizen.postFile("/complaints", fields, "files", "photo.jpg", "image/jpeg", script);
        assertThat(refused.body()).contains("ภาพถ่ายการรับเงินหน้าห้องพัสดุ").contains("field-error");
        assertThatThrownBy(() -> complaints.submit(
                        agency(),
                        Reports.anonymous(Channel.GENERAL, "สี่ไฟล์เกินกำหนดแน่นอน"),
                        java.util.Collections.nCopies(4, new Attachments.Upload("a.jpg", photo))))
                .isInstanceOf(Refusal.class)
                .hasMessage("complaint.files.too-many");
    }

    /** A small JPEG with an Exif segment carrying the given text, as a phone's camera would write one. */
    private static byte[] photoWithHiddenData(String hidden) throws Exception {
        var image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(8, 8, 40, 30);
        g.dispose();
        var plain = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpg", plain);
        var jpeg = plain.toByteArray();
        var payload = ("Exif\0\0" + hidden).getBytes(StandardCharsets.ISO_8859_1);
        var out = new java.io.ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.write(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private AgencyId agency() {
        return agencies.findIdBySlug("complaints-test")
                .orElseGet(() -> agencies.create(new NewAgencyForm(
                        "complaints-test", "", "องค์การบริหารส่วนตำบลร้องเรียน", "", AgencyKind.SAO, "S", "ขอนแก่น")));
    }

    private static long median(Runnable check) {
        check.run();
        var times = new ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            check.run();
            times.add(System.nanoTime() - start);
        }
        times.sort(Long::compare);
        return times.get(1);
    }

    /** The whole database as pg_dump writes it, as an attacker with a copy of it would read it. */
    private String dump() throws Exception {
        var port = Files.readString(dataDir.resolve("postgres.port")).strip();
        var password = Files.readString(dataDir.resolve("postgres.password")).strip();
        var process = new ProcessBuilder(
                        "pg_dump", "-h", "localhost", "-p", port, "-U", "postgres", "--no-owner", "postgres")
                .redirectErrorStream(true);
        process.environment().put("PGPASSWORD", password);
        var running = process.start();
        var out = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(running.waitFor()).as(out).isZero();
        return out;
    }
}
