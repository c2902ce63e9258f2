package org.prongsai.account;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Which 30-second time step a six-digit code belongs to (RFC 6238, SHA-1, as authenticator apps make them),
 * allowing one step of clock difference either way. The step is what makes a code single-use: an account
 * keeps the last step it accepted and takes only later ones.
 */
final class TotpCodes {

    static final int STEP_SECONDS = 30;

    private TotpCodes() {}

    static long stepAt(Instant when) {
        return Math.floorDiv(when.getEpochSecond(), STEP_SECONDS);
    }

    /** The earliest step, after {@code after} and within one of {@code now}, whose code this is. */
    static OptionalLong step(String secret, String code, long now, long after) {
        var given = code == null ? "" : code.replaceAll("\\s", "");
        if (!given.matches("[0-9]{6}")) {
            return OptionalLong.empty();
        }
        var generator = new DefaultCodeGenerator();
        for (long step = now - 1; step <= now + 1; step++) {
            if (step <= after) {
                continue;
            }
            try {
                var expected = generator.generate(secret, step);
                if (MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
                    return OptionalLong.of(step);
                }
            } catch (CodeGenerationException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }
}
