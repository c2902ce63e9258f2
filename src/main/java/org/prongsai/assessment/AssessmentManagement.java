package org.prongsai.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.assessment.scoring.Answers;
import org.prongsai.assessment.scoring.Breakdown;
import org.prongsai.assessment.scoring.OitVerdict;
import org.prongsai.assessment.scoring.Scorer;
import org.prongsai.assessment.scoring.ScoringInput;
import org.prongsai.audit.AuditTrail;
import org.prongsai.framework.Framework;
import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.StaffIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The assessment module's API: an agency's ITA results per year, their breakdown and weak points. */
@Service
public class AssessmentManagement {

    static final String OFFICIAL = "OFFICIAL";
    private static final Pattern THAI_ITEM_CODE = Pattern.compile("(?:อ้างอิงจาก|ข้อ)\\s*([๐-๙]{3})");
    private static final Pattern ITEM_CODE = Pattern.compile("\\bO(\\d{1,2})\\b");

    private final JdbcClient jdbc;
    private final FrameworkCatalog frameworks;
    private final AgencyManagement agencies;
    private final AuditTrail audit;

    AssessmentManagement(JdbcClient jdbc, FrameworkCatalog frameworks, AgencyManagement agencies, AuditTrail audit) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.agencies = agencies;
        this.audit = audit;
    }

    public Framework framework(int year) {
        return frameworks.require(year);
    }

    /** Reads and checks an upload; saves nothing. */
    public ImportPreview preview(int year, String fileName, byte[] content) {
        var framework = framework(year);
        return withComputedTotal(framework, ResultFile.check(framework, fileName, ResultFile.read(fileName, content)));
    }

    /** The total the file's own rows give, from whatever level they are at (questions, items, indicators). */
    private static ImportPreview withComputedTotal(Framework framework, ImportPreview preview) {
        if (!preview.canSave() || preview.result() == null) {
            return preview;
        }
        var total =
                new Scorer(framework).score(input(preview.result(), null, null)).total();
        return preview.withComputedTotal(total.known() ? total.value() : null);
    }

    /**
     * Replaces the year's official results with the file's, all or nothing; a total that disagrees with the
     * file's rows is saved only when {@code totalConfirmed}.
     */
    @Transactional
    public ImportPreview importOfficial(
            AgencyId agency, int year, String fileName, byte[] content, boolean totalConfirmed) {
        return save(agency, year, preview(year, fileName, content), totalConfirmed);
    }

    /** The same from the manual entry form: its fields become rows, checked exactly as a file's. */
    @Transactional
    public ImportPreview enterOfficial(AgencyId agency, int year, List<ResultRow> rows, boolean totalConfirmed) {
        var framework = framework(year);
        return save(
                agency, year, withComputedTotal(framework, ResultFile.check(framework, null, rows)), totalConfirmed);
    }

    private ImportPreview save(AgencyId agency, int year, ImportPreview preview, boolean totalConfirmed) {
        var fileName = preview.fileName();
        if (!preview.canSave() || (preview.totalDisagrees() && !totalConfirmed)) {
            return preview;
        }
        var before = official(agency, year).map(AssessmentManagement::summary).orElse(null);
        jdbc.sql("delete from assessment_result where agency_id = :a and fiscal_year = :y and source = 'OFFICIAL'")
                .param("a", agency.value())
                .param("y", year)
                .update();
        var result = preview.result();
        jdbc.sql(
                        """
                        insert into assessment_result (agency_id, fiscal_year, source, total, file_name, saved_by)
                        values (:a, :y, 'OFFICIAL', :total, :file, :by)
                        """)
                .param("a", agency.value())
                .param("y", year)
                .param("total", result.total())
                .param("file", fileName)
                .param("by", StaffIdentity.current().map(StaffIdentity::userId).orElse(null))
                .update();
        result.questions()
                .forEach((channel, figures) -> figures.forEach((id, figure) -> jdbc.sql(
                                """
                        insert into assessment_question_score
                            (agency_id, fiscal_year, source, channel, question_id, score, respondents)
                        values (:a, :y, 'OFFICIAL', :channel, :id, :score, :respondents)
                        """)
                        .param("a", agency.value())
                        .param("y", year)
                        .param("channel", channel)
                        .param("id", id)
                        .param("score", figure.score())
                        .param("respondents", figure.respondents())
                        .update()));
        result.oit().forEach((id, verdict) -> jdbc.sql(
                        """
                        insert into assessment_oit_verdict (agency_id, fiscal_year, source, item_id, verdict)
                        values (:a, :y, 'OFFICIAL', :id, :verdict)
                        """)
                .param("a", agency.value())
                .param("y", year)
                .param("id", id)
                .param("verdict", verdict.name())
                .update());
        result.indicators().forEach((number, score) -> jdbc.sql(
                        """
                        insert into assessment_indicator_score (agency_id, fiscal_year, source, indicator, score)
                        values (:a, :y, 'OFFICIAL', :n, :score)
                        """)
                .param("a", agency.value())
                .param("y", year)
                .param("n", number)
                .param("score", score)
                .update());
        audit.record(agency, "import", "assessment_result", year, before, summary(result));
        return preview;
    }

    @Transactional(readOnly = true)
    public Optional<OfficialResult> official(AgencyId agency, int year) {
        var total = jdbc.sql(
                        """
                        select total from assessment_result
                        where agency_id = :a and fiscal_year = :y and source = 'OFFICIAL'
                        """)
                .param("a", agency.value())
                .param("y", year)
                .query((rs, n) -> Optional.ofNullable(rs.getBigDecimal("total")))
                .optional();
        if (total.isEmpty()) {
            return Optional.empty();
        }
        var questions = new LinkedHashMap<String, Map<String, OfficialResult.QuestionFigure>>();
        for (var channel : List.of("IIT", "EP", "ES")) {
            questions.put(channel, new TreeMap<>());
        }
        jdbc.sql(
                        """
                        select channel, question_id, score, respondents from assessment_question_score
                        where agency_id = :a and fiscal_year = :y and source = 'OFFICIAL'
                        """)
                .param("a", agency.value())
                .param("y", year)
                .query(rs -> {
                    var respondents = rs.getObject("respondents", Integer.class);
                    questions
                            .get(rs.getString("channel"))
                            .put(
                                    rs.getString("question_id"),
                                    new OfficialResult.QuestionFigure(rs.getBigDecimal("score"), respondents));
                });
        var oit = new TreeMap<String, OitVerdict>();
        jdbc.sql(
                        """
                        select item_id, verdict from assessment_oit_verdict
                        where agency_id = :a and fiscal_year = :y and source = 'OFFICIAL'
                        """)
                .param("a", agency.value())
                .param("y", year)
                .query(rs -> {
                    oit.put(rs.getString("item_id"), OitVerdict.valueOf(rs.getString("verdict")));
                });
        var indicators = new TreeMap<Integer, BigDecimal>();
        jdbc.sql(
                        """
                        select indicator, score from assessment_indicator_score
                        where agency_id = :a and fiscal_year = :y and source = 'OFFICIAL'
                        """)
                .param("a", agency.value())
                .param("y", year)
                .query(rs -> {
                    indicators.put(rs.getInt("indicator"), rs.getBigDecimal("score"));
                });
        return Optional.of(
                new OfficialResult(questions, oit, indicators, total.get().orElse(null)));
    }

    @Transactional(readOnly = true)
    public List<Integer> yearsWithResults(AgencyId agency) {
        return jdbc.sql("select distinct fiscal_year from assessment_result where agency_id = :a order by 1 desc")
                .param("a", agency.value())
                .query(Integer.class)
                .list();
    }

    /** The engine's breakdown of the official figures, to show beside them with every formula. */
    @Transactional(readOnly = true)
    public Optional<Breakdown> breakdown(AgencyId agency, int year) {
        return official(agency, year).map(result -> new Scorer(framework(year)).score(input(agency, result)));
    }

    @Transactional(readOnly = true)
    public List<YearSummary> history(AgencyId agency) {
        var out = new ArrayList<YearSummary>();
        var years = new ArrayList<>(yearsWithResults(agency));
        java.util.Collections.reverse(years);
        for (var year : years) {
            summary(agency, year).ifPresent(out::add);
        }
        return out;
    }

    /** The latest year's summary: what the back office's home says of the last result, scored for that year alone. */
    @Transactional(readOnly = true)
    public Optional<YearSummary> latest(AgencyId agency) {
        for (var year : yearsWithResults(agency)) {
            var summary = summary(agency, year);
            if (summary.isPresent()) {
                return summary;
            }
        }
        return Optional.empty();
    }

    /** One year's total, grade, indicators and rating; empty when the year has no framework to score it. */
    private Optional<YearSummary> summary(AgencyId agency, int year) {
        if (frameworks.find(year).isEmpty()) {
            return Optional.empty();
        }
        var official = official(agency, year).orElseThrow();
        var breakdown = new Scorer(framework(year)).score(input(agency, official));
        var indicators = new TreeMap<Integer, Double>();
        breakdown.indicators().forEach((n, s) -> {
            var published = official.indicators().get(n);
            if (published != null) {
                indicators.put(n, published.doubleValue());
            } else if (s.known()) {
                indicators.put(n, s.value());
            }
        });
        double officialTotal =
                official.total() == null ? Double.NaN : official.total().doubleValue();
        Double computed = breakdown.total().value();
        double shown = official.total() != null ? officialTotal : computed == null ? Double.NaN : computed;
        var ratings = framework(year).ratings();
        org.prongsai.framework.Ratings.Rating rating = null;
        if (ratings != null && !Double.isNaN(shown)) {
            var tools = new java.util.LinkedHashMap<String, Double>();
            breakdown.tools().forEach((code, score) -> {
                if (score.known()) {
                    tools.put(code, score.shown());
                }
            });
            rating = ratings.rate(org.prongsai.framework.Grades.shown(shown), tools);
        }
        return Optional.of(new YearSummary(
                year,
                official.total() == null ? null : officialTotal,
                computed,
                Double.isNaN(shown) ? null : framework(year).grades().gradeOf(shown),
                indicators,
                rating));
    }

    /**
     * Questions and items below the threshold, or lower than last year, with the points each would add to
     * the total at 100 (found by scoring again with it at 100), most first.
     */
    @Transactional(readOnly = true)
    public List<WeakPoint> weakPoints(AgencyId agency, int year, double threshold) {
        var official = official(agency, year);
        if (official.isEmpty()) {
            return List.of();
        }
        var framework = framework(year);
        var scorer = new Scorer(framework);
        var input = input(agency, official.get());
        var breakdown = scorer.score(input);
        double total = breakdown.total().known() ? breakdown.total().value() : 0;
        var previous =
                frameworks.find(year - 1).isPresent() ? official(agency, year - 1) : Optional.<OfficialResult>empty();
        var points = new ArrayList<WeakPoint>();
        official.get()
                .questions()
                .forEach((channel, figures) -> figures.forEach((id, figure) -> {
                    var question = framework.question(id).orElseThrow();
                    double score = figure.score().doubleValue();
                    Double before = previous.flatMap(p -> Optional.ofNullable(
                                    p.questions().get(channel).get(id)))
                            .map(f -> f.score().doubleValue())
                            .orElse(null);
                    boolean below = score < threshold;
                    boolean fell = before != null && score < before;
                    if (below || fell) {
                        var raised = withQuestionAt100(input, channel, id);
                        double gain = scorer.score(raised).total().value() - total;
                        points.add(new WeakPoint(
                                channel,
                                id,
                                question.indicator(),
                                question.text(),
                                score,
                                before,
                                gain,
                                below,
                                fell,
                                question.recommendation(),
                                citedItems(question.recommendation().th())));
                    }
                }));
        official.get().oit().forEach((id, verdict) -> {
            if (verdict != OitVerdict.FAIL) {
                return;
            }
            var item = framework.oitItem(id).orElseThrow();
            var raised = new HashMap<>(input.oit());
            raised.put(id, OitVerdict.PASS);
            double gain = scorer.score(new ScoringInput(
                                    input.iit(),
                                    input.ep(),
                                    input.es(),
                                    raised,
                                    input.agencyKind(),
                                    input.agencySize(),
                                    input.indicators()))
                            .total()
                            .value()
                    - total;
            Double before = previous.flatMap(p -> Optional.ofNullable(p.oit().get(id)))
                    .map(v -> v == OitVerdict.PASS ? 100.0 : 0.0)
                    .orElse(null);
            points.add(new WeakPoint(
                    "OIT",
                    id,
                    item.indicator(),
                    item.nameKnown() ? item.name() : null,
                    0,
                    before,
                    gain,
                    true,
                    before != null && before > 0,
                    item.recommendation(),
                    citedItems(
                            item.recommendation() == null
                                    ? null
                                    : item.recommendation().th())));
        });
        // Results published at indicator level only (no question or item below them): the indicator itself.
        for (var indicator : framework.indicators()) {
            var score = breakdown.indicators().get(indicator.number());
            var given = input.indicators().get(indicator.number());
            if (given == null || !score.known() || !score.formula().endsWith("(given)")) {
                continue;
            }
            Double before = previous.flatMap(p -> Optional.ofNullable(
                            p.indicators() == null ? null : p.indicators().get(indicator.number())))
                    .map(java.math.BigDecimal::doubleValue)
                    .orElse(null);
            boolean below = given < threshold;
            boolean fell = before != null && given < before;
            if (!below && !fell) {
                continue;
            }
            var raised = new HashMap<>(input.indicators());
            raised.put(indicator.number(), 100.0);
            double gain = scorer.score(new ScoringInput(
                                    input.iit(),
                                    input.ep(),
                                    input.es(),
                                    input.oit(),
                                    input.agencyKind(),
                                    input.agencySize(),
                                    raised))
                            .total()
                            .value()
                    - total;
            var channel = indicator.tool().equals("EIT") ? "EP" : indicator.tool();
            points.add(new WeakPoint(
                    channel,
                    WeakPoint.INDICATOR + indicator.number(),
                    indicator.number(),
                    indicator.name(),
                    given,
                    before,
                    gain,
                    below,
                    fell,
                    null,
                    List.of()));
        }
        points.sort(Comparator.comparingDouble(WeakPoint::gain).reversed().thenComparing(WeakPoint::id));
        return points;
    }

    private ScoringInput input(AgencyId agency, OfficialResult result) {
        var profile = agencies.get(agency);
        return input(result, profile.kind().name(), profile.size());
    }

    private static ScoringInput input(OfficialResult result, String kind, String size) {
        var channels = new HashMap<String, Map<String, Answers>>();
        result.questions().forEach((channel, figures) -> {
            var answers = new LinkedHashMap<String, Answers>();
            figures.forEach((id, f) -> answers.put(
                    id,
                    Answers.ofScore(
                            f.score().doubleValue(),
                            f.respondents() == null ? null : f.respondents().longValue())));
            channels.put(channel, answers);
        });
        var indicators = new HashMap<Integer, Double>();
        if (result.indicators() != null) {
            result.indicators().forEach((n, v) -> indicators.put(n, v.doubleValue()));
        }
        return new ScoringInput(
                channels.get("IIT"), channels.get("EP"), channels.get("ES"), result.oit(), kind, size, indicators);
    }

    private static ScoringInput withQuestionAt100(ScoringInput input, String channel, String id) {
        var iit = new HashMap<>(input.iit());
        var ep = new HashMap<>(input.ep());
        var es = new HashMap<>(input.es());
        var target =
                switch (channel) {
                    case "IIT" -> iit;
                    case "EP" -> ep;
                    default -> es;
                };
        var old = target.get(id);
        target.put(id, Answers.ofScore(100, old == null ? null : old.respondents()));
        return new ScoringInput(iit, ep, es, input.oit(), input.agencyKind(), input.agencySize());
    }

    /** OIT items a recommendation cites: "O11", or the "(อ้างอิงจาก ๐๑๑)" of the NACC's Thai text. */
    static List<String> citedItems(String text) {
        if (text == null) {
            return List.of();
        }
        var items = new java.util.LinkedHashSet<String>();
        var thai = THAI_ITEM_CODE.matcher(text);
        while (thai.find()) {
            var digits = new StringBuilder();
            thai.group(1).chars().forEach(c -> digits.append((char) ('0' + (c - '๐'))));
            items.add("O" + Integer.parseInt(digits.toString()));
        }
        var latin = ITEM_CODE.matcher(text);
        while (latin.find()) {
            items.add("O" + Integer.parseInt(latin.group(1)));
        }
        return List.copyOf(items);
    }

    private static Map<String, Object> summary(OfficialResult result) {
        var out = new LinkedHashMap<String, Object>();
        out.put("total", result.total());
        out.put(
                "questions",
                result.questions().values().stream().mapToInt(Map::size).sum());
        out.put("oitItems", result.oit().size());
        out.put("indicators", result.indicators());
        return out;
    }

    /** The template people fill in: every question per channel, every OIT item, the indicators and the total. */
    /** What each code of a results file stands for, to show beside it: "question|i7", "oit|O11", "indicator|9". */
    public Map<String, String> texts(int year, java.util.Locale locale) {
        var framework = framework(year);
        var out = new HashMap<String, String>();
        framework
                .questions()
                .forEach(q -> out.put("question|" + q.id(), q.text().in(locale)));
        framework.oitItems().forEach(o -> out.put("oit|" + o.id(), o.name().in(locale)));
        framework
                .indicators()
                .forEach(i -> out.put("indicator|" + i.number(), i.name().in(locale)));
        return out;
    }

    public byte[] templateCsv(int year) {
        // Quoted as RFC 4180 asks: the question texts have commas of their own.
        var rows = templateRows(framework(year));
        return org.prongsai.shared.Csv.write(rows.get(0), rows.subList(1, rows.size()))
                .getBytes(StandardCharsets.UTF_8);
    }

    public byte[] templateXlsx(int year) {
        try (var workbook = new XSSFWorkbook();
                var bytes = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("ITA " + year);
            int r = 0;
            for (var row : templateRows(framework(year))) {
                var line = sheet.createRow(r++);
                for (int c = 0; c < row.size(); c++) {
                    line.createCell(c).setCellValue(row.get(c));
                }
            }
            for (int c = 0; c < 7; c++) {
                sheet.setColumnWidth(c, (c == 5 ? 80 : c == 6 ? 40 : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
            var help = workbook.createSheet(ResultFile.INSTRUCTIONS_SHEET + " Instructions");
            int h = 0;
            for (var line : List.of(
                    "วิธีกรอก (ITA " + year + ")",
                    "1. กรอกคอลัมน์ D (คะแนน) และ E (จำนวนผู้ตอบ) ตามรายงานผลของสำนักงาน ป.ป.ช. เท่านั้น ห้ามแก้รหัสในคอลัมน์ A–C",
                    "2. ข้อ OIT กรอก PASS (ผ่าน), FAIL (ไม่ผ่าน) หรือ NOT_APPLICABLE (ไม่ต้องประเมิน)",
                    "3. ถ้ามีเฉพาะคะแนนรายตัวชี้วัด ให้กรอกเฉพาะแถว indicator และ total ได้ แถวที่ไม่กรอกจะถูกข้าม",
                    "4. คะแนนรวม (total) ที่ไม่ตรงกับที่คำนวณจากข้อมูลในไฟล์ จะต้องยืนยันก่อนบันทึก",
                    "5. คอลัมน์ F และ G เป็นคำอธิบาย ระบบไม่อ่าน",
                    "",
                    "How to fill in: type the NACC's figures in columns D (score) and E (respondents) only; do not change A–C.",
                    "OIT items take PASS, FAIL or NOT_APPLICABLE. Lines left blank are skipped, so indicator and total lines",
                    "alone are enough. A total that the file's own figures do not give must be confirmed before it is saved.")) {
                help.createRow(h++).createCell(0).setCellValue(line);
            }
            help.setColumnWidth(0, 120 * 256);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The template: every question per channel, every OIT item, the indicators and the total, each with its
     * text and the values it takes beside the code (columns the import does not read), so that a person can
     * fill it in without the manual. Lines left blank are skipped on import.
     */
    private static List<List<String>> templateRows(Framework framework) {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of(
                "ประเภท kind",
                "รหัส id",
                "ช่องทาง channel",
                "คะแนน value",
                "จำนวนผู้ตอบ respondents",
                "ข้อคำถามหรือรายการ (ไม่ต้องแก้) text",
                "ค่าที่กรอกได้ (ไม่ต้องแก้) allowed"));
        var score = "คะแนน 0–100 (ทศนิยม 2 ตำแหน่ง), จำนวนผู้ตอบ 0 ขึ้นไป / score 0–100, respondents ≥ 0";
        for (var q : framework.questions()) {
            if (q.tool().equals(Framework.IIT)) {
                rows.add(List.of("question", q.id(), "IIT", "", "", q.text().th(), score));
            }
        }
        for (var channel : List.of("EP", "ES")) {
            for (var q : framework.questions()) {
                if (q.tool().equals(Framework.EIT)) {
                    rows.add(List.of(
                            "question", q.id(), channel, "", "", q.text().th(), score));
                }
            }
        }
        for (var item : framework.oitItems()) {
            rows.add(List.of("oit", item.id(), "", "", "", item.name().th(), "PASS / FAIL / NOT_APPLICABLE"));
        }
        for (var indicator : framework.indicators()) {
            rows.add(List.of(
                    "indicator",
                    Integer.toString(indicator.number()),
                    "",
                    "",
                    "",
                    indicator.name().th(),
                    "คะแนน 0–100 / score 0–100"));
        }
        rows.add(List.of("total", "", "", "", "", "คะแนนรวม total", "คะแนน 0–100 / score 0–100"));
        return rows;
    }
}
