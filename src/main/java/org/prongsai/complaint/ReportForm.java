package org.prongsai.complaint;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a reporter sends. Without {@code anonymous}, a name and one way to reach them are asked for; the ID
 * number is optional and checked by its check digit. {@code website} is a trap field people never see.
 */
public record ReportForm(
        @NotNull(message = "{complaint.channel.required}") Channel channel,
        boolean anonymous,
        @Size(max = 200, message = "{validation.too-long}") String subject,
        @NotBlank(message = "{complaint.text.required}")
                @Size(min = 10, max = 10_000, message = "{complaint.text.length}")
                String text,
        @Size(max = 300, message = "{validation.too-long}") String place,
        @Size(max = 200, message = "{validation.too-long}") String name,
        @Size(max = 20, message = "{validation.too-long}") String nationalId,
        @Size(max = 30, message = "{validation.too-long}") String phone,
        @Email(message = "{validation.email.invalid}") @Size(max = 254, message = "{validation.too-long}") String email,
        @Size(max = 60, message = "{validation.too-long}") String lineId,
        String website) {

    /** A problem of the form as a whole: which field, which message. */
    public record Problem(String field, String key) {}

    /**
     * What bean validation cannot see, every one at once so that the reporter fixes them in one go: an identity
     * typed while "anonymous" is chosen; without "anonymous", a name, a way to be reached and a valid ID.
     */
    public java.util.List<Problem> identityProblems() {
        var problems = new java.util.ArrayList<Problem>();
        boolean typed = !(blank(name) && blank(nationalId) && blank(phone) && blank(email) && blank(lineId));
        if (anonymous) {
            if (typed) {
                problems.add(new Problem("anonymous", "complaint.anonymous.with-identity"));
            }
            return problems;
        }
        if (blank(name)) {
            problems.add(new Problem("name", "complaint.name.required"));
        }
        if (blank(phone) && blank(email) && blank(lineId)) {
            problems.add(new Problem("phone", "complaint.contact.required"));
        }
        if (!blank(nationalId) && !ThaiNationalId.valid(nationalId)) {
            problems.add(new Problem("nationalId", "complaint.national-id.invalid"));
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public static ReportForm empty(Channel channel) {
        return new ReportForm(channel, true, "", "", "", "", "", "", "", "", "");
    }
}
