package org.prongsai.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.assessment.scoring.Breakdown;
import org.prongsai.assessment.scoring.Channel;
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
        var total = new Scorer(framework)
                .score(preview.result().scoringInput(null, null))
                .total();
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
        for (var channel : Channel.values()) {
            questions.put(channel.name(), new TreeMap<>());
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
        var previous =
                frameworks.find(year - 1).isPresent() ? official(agency, year - 1) : Optional.<OfficialResult>empty();
        var profile = agencies.get(agency);
        return WeakPointAnalysis.find(
                framework(year),
                official.get().scoringInput(profile.kind().name(), profile.size()),
                official.get(),
                previous,
                threshold);
    }

    private ScoringInput input(AgencyId agency, OfficialResult result) {
        var profile = agencies.get(agency);
        return result.scoringInput(profile.kind().name(), profile.size());
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
}
