package org.prongsai.improvement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

    public record Row(
            String tool,
            String indicator,
            String indicatorLabel,
            String reference,
            String assessment,
            String issue,
            String measuresIntro,
            List<Measure> measures) {}

    public record Measure(
            String text,
            String unit,
            String responsible,
            LocalDate startsOn,
            LocalDate dueOn,
            Recurrence recurrence,
            String expectedOutput,
            List<String> oitItems) {}

    public enum Recurrence {
        NONE,
        MONTHLY,
        QUARTERLY,
        PER_ACTIVITY
    }

    /** The tools in the order the announcement lists them. */
    public static final List<String> TOOLS = List.of("IIT", "EIT-EP", "EIT-ES", "OIT");
}
