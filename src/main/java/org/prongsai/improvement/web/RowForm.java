package org.prongsai.improvement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.prongsai.improvement.PlanDocument;
import org.prongsai.improvement.PlanRefused;
import org.prongsai.shared.BuddhistDates;

/**
 * A row of the attachment as its form posts it, bound by name ({@code measures[0].text}), and as the form shows
 * it again after a refusal: every field as typed, dates as text (dd/mm/B.E.), so that nothing typed is lost.
 */
record RowForm(
        String rowId,
        String assessment,
        String issue,
        String measuresIntro,
        List<MeasureForm> measures,
        String reuseMeasureId) {

    record MeasureForm(
            String id,
            String text,
            String unit,
            String responsible,
            String startsOn,
            String dueOn,
            PlanDocument.Recurrence recurrence,
            String expectedOutput,
            String oitItems) {

        static MeasureForm of(PlanDocument.Measure m) {
            return new MeasureForm(
                    m.id() == null ? null : m.id().toString(),
                    m.text(),
                    m.unit(),
                    m.responsible(),
                    BuddhistDates.format(m.startsOn()),
                    BuddhistDates.format(m.dueOn()),
                    m.recurrence(),
                    m.expectedOutput(),
                    m.oitItems() == null ? "" : String.join(", ", m.oitItems()));
        }

        static MeasureForm empty() {
            return new MeasureForm(null, "", "", "", "", "", PlanDocument.Recurrence.NONE, "", "");
        }

        boolean blank() {
            return text == null || text.isBlank();
        }
    }

    RowForm {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    /** The saved row, with an empty measure at the end to add one. */
    static RowForm of(PlanDocument.Row row) {
        var measures = new ArrayList<MeasureForm>();
        row.measures().forEach(m -> measures.add(MeasureForm.of(m)));
        measures.add(MeasureForm.empty());
        return new RowForm(
                row.id() == null ? null : row.id().toString(),
                row.assessment(),
                row.issue(),
                row.measuresIntro(),
                measures,
                null);
    }

    /** The form as typed with room for {@code count} more measures at its end. */
    RowForm withEmptyMeasures(int count) {
        var more = new ArrayList<>(measures);
        for (int i = 0; i < count; i++) {
            more.add(MeasureForm.empty());
        }
        return new RowForm(rowId, assessment, issue, measuresIntro, more, null);
    }

    /**
     * The form as typed with a copy of another row's measure in the first empty block (a new measure of this
     * row, tracked on its own), and an empty block after it.
     */
    RowForm withCopyOf(PlanDocument.Measure measure, LocalDate today) {
        // Its dates only when they are still ahead: a date already past would make the copy late at once.
        var dated = measure.dueOn() != null && measure.dueOn().isBefore(today)
                ? new PlanDocument.Measure(
                        null,
                        measure.text(),
                        measure.unit(),
                        measure.responsible(),
                        null,
                        null,
                        measure.recurrence(),
                        measure.expectedOutput(),
                        measure.oitItems())
                : measure.withoutId();
        var copy = MeasureForm.of(dated);
        var more = new ArrayList<>(measures);
        int empty = 0;
        while (empty < more.size() && !more.get(empty).blank()) {
            empty++;
        }
        if (empty < more.size()) {
            more.set(empty, copy);
        } else {
            more.add(copy);
        }
        if (more.stream().noneMatch(MeasureForm::blank)) {
            more.add(MeasureForm.empty());
        }
        return new RowForm(rowId, assessment, issue, measuresIntro, more, null);
    }

    /** The position of the last measure with text: where a copy just landed. */
    int lastFilled() {
        int last = -1;
        for (int i = 0; i < measures.size(); i++) {
            if (!measures.get(i).blank()) {
                last = i;
            }
        }
        return last;
    }

    UUID id() {
        return uuid(rowId);
    }

    /**
     * The row as it will be saved: the measures with text, in order (an emptied one is removed, which the
     * service refuses when work was tracked against it). A date that cannot be read is a problem named by the
     * row, the measure and the field.
     */
    PlanDocument.Row toRow(PlanDocument.Row saved, int rowNumber, List<PlanRefused.Problem> problems) {
        var kept = new ArrayList<PlanDocument.Measure>();
        for (int m = 0; m < measures.size(); m++) {
            var form = measures.get(m);
            if (form.blank()) {
                continue;
            }
            var where = "rows[" + rowNumber + "].measures[" + (m + 1) + "]";
            kept.add(new PlanDocument.Measure(
                    uuid(form.id()),
                    form.text().strip(),
                    form.unit() == null ? "" : form.unit(),
                    strip(form.responsible()),
                    PlanRefused.readDate(where + ".startsOn", form.startsOn(), problems),
                    PlanRefused.readDate(where + ".dueOn", form.dueOn(), problems),
                    form.recurrence() == null ? PlanDocument.Recurrence.NONE : form.recurrence(),
                    strip(form.expectedOutput()),
                    form.oitItems() == null
                            ? List.of()
                            : Arrays.stream(form.oitItems().split("[,\\s]+"))
                                    .map(String::strip)
                                    .filter(s -> !s.isEmpty())
                                    .toList()));
        }
        return new PlanDocument.Row(
                saved.id(),
                saved.tool(),
                saved.indicator(),
                saved.indicatorLabel(),
                saved.reference(),
                strip(assessment),
                strip(issue),
                strip(measuresIntro),
                kept);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
