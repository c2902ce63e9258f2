package org.prongsai.complaint;

/** The Thai national ID number (เลขประจำตัวประชาชน): 13 digits, the last a check digit over the first twelve. */
final class ThaiNationalId {

    private ThaiNationalId() {}

    /** The 13 digits as typed, with spaces and dashes dropped and Thai digits read; null if not 13 digits. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        var digits = new StringBuilder();
        for (var c : typed.toCharArray()) {
            if (c >= '๐' && c <= '๙') {
                digits.append((char) ('0' + (c - '๐')));
            } else if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-') {
                return null;
            }
        }
        return digits.length() == 13 ? digits.toString() : null;
    }

    /** Whether the check digit is right: (11 − Σ dᵢ·(13 − i) mod 11) mod 10 over the first twelve digits. */
    static boolean valid(String typed) {
        var id = normalise(typed);
        if (id == null) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (id.charAt(i) - '0') * (13 - i);
        }
        return (11 - sum % 11) % 10 == id.charAt(12) - '0';
    }
}
