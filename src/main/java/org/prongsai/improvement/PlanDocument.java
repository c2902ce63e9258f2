package org.prongsai.improvement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A whole plan as JSON, to start next year from this year's or to move it between deployments. Units are
 * named by their Thai name, so the file means the same at another agency with the same units.
 */
public record PlanDocument(
        int planYear,
        int assessedYear,
        String subject,
        List<String> body,
        Map<String, String> headings,
        LocalDate announcedOn,
        Signer signer,
        Meeting meeting,
        List<Row> rows) {

    public record Signer(String name, String position) {}

    /** The working group's meeting that approved the plan: ครั้งที่ number/year. */
    public record Meeting(
            Integer number, Integer year, LocalDate heldOn, String place, String agenda, String resolution) {}

    /**
     * A row of the attachment. Its {@code id} is the row's own once saved, so that an edit updates it rather
     * than whatever row now stands at its place; a new row has none.
     */
    public record Row(
            UUID id,
            String tool,
            String indicator,
            String indicatorLabel,
            String reference,
            String assessment,
            String issue,
            String measuresIntro,
            List<Measure> measures) {

        /** A new row, not saved yet. */
        public Row(
                String tool,
                String indicator,
                String indicatorLabel,
                String reference,
                String assessment,
                String issue,
                String measuresIntro,
                List<Measure> measures) {
            this(null, tool, indicator, indicatorLabel, reference, assessment, issue, measuresIntro, measures);
        }

        Row withoutIds() {
            return new Row(
                    null,
                    tool,
                    indicator,
                    indicatorLabel,
                    reference,
                    assessment,
                    issue,
                    measuresIntro,
                    measures == null
                            ? List.of()
                            : measures.stream().map(Measure::withoutId).toList());
        }
    }

    /** A measure; like a row, its {@code id} ties an edit to the measure and to what was tracked against it. */
    public record Measure(
            UUID id,
            String text,
            String unit,
            String responsible,
            LocalDate startsOn,
            LocalDate dueOn,
            Recurrence recurrence,
            String expectedOutput,
            List<String> oitItems) {

        /** A new measure, not saved yet. */
        public Measure(
                String text,
                String unit,
                String responsible,
                LocalDate startsOn,
                LocalDate dueOn,
                Recurrence recurrence,
                String expectedOutput,
                List<String> oitItems) {
            this(null, text, unit, responsible, startsOn, dueOn, recurrence, expectedOutput, oitItems);
        }

        public Measure withoutId() {
            return new Measure(null, text, unit, responsible, startsOn, dueOn, recurrence, expectedOutput, oitItems);
        }
    }

    /** The same plan with these rows: an edit of the attachment, all else as it was. */
    public PlanDocument withRows(List<Row> changed) {
        return new PlanDocument(planYear, assessedYear, subject, body, headings, announcedOn, signer, meeting, changed);
    }

    /** The same plan as new rows and measures: for a plan started from a file or from another year's. */
    PlanDocument withoutIds() {
        return withRows(
                rows == null ? List.of() : rows.stream().map(Row::withoutIds).toList());
    }

    public enum Recurrence {
        NONE,
        MONTHLY,
        QUARTERLY,
        PER_ACTIVITY
    }

    /** The tools in the order the announcement lists them. */
    public static final List<String> TOOLS = List.of("IIT", "EIT-EP", "EIT-ES", "OIT");
}
