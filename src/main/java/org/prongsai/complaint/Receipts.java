package org.prongsai.complaint;

import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Receipts: 20 random digits (about 66 bits), shown once to the reporter. The first eight find the case; the
 * whole receipt is kept only as an Argon2id hash, so a copy of the database does not give them back. Checking a
 * receipt for a case that does not exist runs the same hash, so a wrong receipt and a right one take about the
 * same time.
 */
@Component
class Receipts {

    static final int DIGITS = 20;
    static final int LOCATOR = 8;

    private final SecureRandom random = new SecureRandom();
    // The passwords' costs: 19 MiB, two passes (OWASP's Argon2id minimum).
    private final Argon2PasswordEncoder hashes = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    // Made at the first wrong receipt, not at start: one Argon2id hash on a cold JIT took about a second of the
    // start (bench/START-AND-MEMORY-RESULTS.md).
    private final SingletonSupplier<String> nothing = SingletonSupplier.of(() -> hashes.encode(newCode()));

    /** A new receipt: its digits, the locator they start with, and the hash to keep. */
    record Issued(String code, String locator, String hash) {

        /** Grouped by four, as it is printed on the slip. */
        String grouped() {
            return code.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    Issued issue() {
        var code = newCode();
        return new Issued(code, code.substring(0, LOCATOR), hashes.encode(code));
    }

    /** The digits typed (Thai digits read; spaces, dashes and dots dropped), or nothing if they cannot be one. */
    static Optional<String> read(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var digits = new StringBuilder();
        for (var c : typed.strip().toCharArray()) {
            if (c >= '๐' && c <= '๙') {
                digits.append((char) ('0' + (c - '๐')));
            } else if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '.') {
                return Optional.empty();
            }
        }
        return digits.length() == DIGITS ? Optional.of(digits.toString()) : Optional.empty();
    }

    boolean matches(String code, String hash) {
        return hashes.matches(code, hash);
    }

    /** The same work as a real check, for a receipt that finds no case. */
    void matchNothing(String code) {
        hashes.matches(code, nothing.obtain());
    }

    private String newCode() {
        var digits = new StringBuilder(DIGITS);
        for (int i = 0; i < DIGITS; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }
}
