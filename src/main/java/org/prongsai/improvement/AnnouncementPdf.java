package org.prongsai.improvement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.prongsai.document.ThaiPdf;
import org.prongsai.shared.ThaiFormat;

/**
 * Prints a plan as the official announcement: emblem, "ประกาศ…", "เรื่อง …", the body, the date and the
 * signature, then the attachment — the four-column table grouped by tool as agencies print it, in Thai digits.
 */
public final class AnnouncementPdf {

    static final List<String> COLUMNS = java.util.stream.Stream.of("indicator", "assessment", "issue", "measures")
            .map(c -> OfficialWords.of("improvement.announcement.doc.column." + c))
            .toList();
    private static final float[] WIDTHS = {2.2f, 3.2f, 4.6f, 4.6f};

    private AnnouncementPdf() {}

    /** What the document needs besides the plan: who issues it. */
    public record Issuer(String agencyName, byte[] emblem) {}

    public static byte[] render(PlanDocument plan, Issuer issuer) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var pdf = issuer.emblem() != null ? ThaiPdf.a4WithEmblem(out) : ThaiPdf.a4(out)) {
            if (issuer.emblem() != null) {
                pdf.image(issuer.emblem(), 3f);
            }
            pdf.title(digits(OfficialWords.of("improvement.announcement.doc.title", issuer.agencyName())));
            for (var line : plan.subject().split("\\R")) {
                pdf.centeredBold(digits(line));
            }
            pdf.separator();
            for (var paragraph : plan.body()) {
                pdf.paragraph(digits(fill(paragraph, plan, issuer)));
            }
            // The date, room to sign, the name and the position: one block, never split across pages.
            var closing = new ArrayList<String>();
            if (plan.announcedOn() != null) {
                closing.add(announcedOn(plan));
                closing.add(" ");
                closing.add(" ");
            }
            closing.addAll(signatureLines(plan));
            pdf.signatureLines(closing.toArray(String[]::new));

            // The attachment's four columns need the width of a landscape page, as agencies print it.
            pdf.landscapePage();
            var headings = plan.headings() == null ? Map.<String, String>of() : plan.headings();
            for (var line : headings.getOrDefault("attachment", "").split("\\R")) {
                if (!line.isBlank()) {
                    pdf.centeredBold(digits(fill(line, plan, issuer)));
                }
            }
            pdf.space(6);
            var table = pdf.table(WIDTHS, COLUMNS);
            String previousTool = null;
            String previousIndicator = null;
            for (var row : plan.rows()) {
                if (!row.tool().equals(previousTool)) {
                    var heading = headings.getOrDefault(row.tool(), "");
                    if (!heading.isBlank() && previousTool != null) {
                        table.section(digits(fill(heading, plan, issuer)));
                    }
                    previousIndicator = null;
                }
                // As agencies print it: the indicator's name only on its first row.
                String indicator = row.indicator().equals(previousIndicator) ? "" : label(row);
                table.row(digits(indicator), digits(row.assessment()), digits(row.issue()), digits(measures(row)));
                previousTool = row.tool();
                previousIndicator = row.indicator();
            }
            table.end();
            // As the reference ends: a box for the executive's further instructions, written by hand, and
            // their signature.
            pdf.writingBox(REMARKS, 4, remarksSignature(plan).toArray(String[]::new));
        }
        return out.toByteArray();
    }

    static final String REMARKS = OfficialWords.of("improvement.announcement.doc.remarks");

    /** "ประกาศ ณ วันที่ …", the date as official documents write it. */
    static String announcedOn(PlanDocument plan) {
        return OfficialWords.of(
                "improvement.announcement.doc.announced-on", ThaiFormat.officialDate(plan.announcedOn()));
    }

    /** "ลงชื่อ……", then the signer's name in brackets and position, as the reference's box is signed. */
    static List<String> remarksSignature(PlanDocument plan) {
        var lines = new ArrayList<String>();
        lines.add(OfficialWords.of("improvement.announcement.doc.signed") + ".".repeat(40));
        if (plan.signer() != null && plan.signer().name() != null) {
            lines.add("(" + plan.signer().name() + ")");
            lines.add(OfficialWords.of("improvement.announcement.doc.position") + " "
                    + digits(plan.signer().position()));
        } else {
            lines.add("(" + ".".repeat(40) + ")");
            lines.add(OfficialWords.of("improvement.announcement.doc.position") + ".".repeat(34));
        }
        return lines;
    }

    private static List<String> signatureLines(PlanDocument plan) {
        if (plan.signer() == null || plan.signer().name() == null) {
            return List.of();
        }
        return List.of("(" + plan.signer().name() + ")", digits(plan.signer().position()));
    }

    /** The indicator as the first column names it; the same in the PDF and the Word file. */
    static String label(PlanDocument.Row row) {
        if (row.indicatorLabel() != null && !row.indicatorLabel().isBlank()) {
            return row.indicatorLabel();
        }
        return OfficialWords.of(
                row.indicator().contains(".")
                        ? "improvement.announcement.doc.sub-indicator"
                        : "improvement.announcement.doc.indicator",
                row.indicator());
    }

    static String measures(PlanDocument.Row row) {
        var lines = new ArrayList<String>();
        if (row.measuresIntro() != null && !row.measuresIntro().isBlank()) {
            lines.add(row.measuresIntro());
        }
        var measures = row.measures() == null ? List.<PlanDocument.Measure>of() : row.measures();
        if (measures.size() == 1 && lines.isEmpty()) {
            lines.add(measures.get(0).text());
        } else {
            for (int i = 0; i < measures.size(); i++) {
                lines.add((i + 1) + ". " + measures.get(i).text());
            }
        }
        return lines.isEmpty() ? "-" : String.join("\n", lines);
    }

    /** Placeholders an agency's own wording may use in the body and headings. */
    static String fill(String text, PlanDocument plan, Issuer issuer) {
        var meeting = plan.meeting();
        return text.replace("{agency}", issuer.agencyName())
                .replace("{planYear}", Integer.toString(plan.planYear()))
                .replace("{assessedYear}", Integer.toString(plan.assessedYear()))
                .replace(
                        "{meetingNumber}",
                        meeting == null || meeting.number() == null ? "" : meeting.number() + "/" + meeting.year())
                .replace(
                        "{meetingDate}",
                        meeting == null || meeting.heldOn() == null
                                ? ""
                                : ThaiFormat.officialDateInText(meeting.heldOn()))
                .replace("{meetingPlace}", meeting == null || meeting.place() == null ? "" : meeting.place());
    }

    private static String digits(String text) {
        return text == null ? "" : ThaiFormat.thaiDigits(text);
    }
}
