package org.prongsai.support;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The code an authenticator app would show, as a person would use it: never the same code twice, since
 * Prongsai accepts each time step only once per account. A second code for the same secret is the next step's
 * (accepted one step early), and a third within the same half minute waits for the next one.
 */
public final class Totp {

    private static final Map<String, Long> LAST_USED = new ConcurrentHashMap<>();

    private Totp() {}

    public static synchronized String now(String secret) {
        long current = step();
        // The server may have used the current step already (the demo data enrols with it at start-up).
        long next = Math.max(current - 1, LAST_USED.getOrDefault(secret, current) + 1);
        while (next > step() + 1) {
            try {
                Thread.sleep((next - 1) * 30_000 - System.currentTimeMillis() + 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        LAST_USED.put(secret, next);
        return at(secret, next);
    }

    /** The code of one time step, for tests that replay a code on purpose. */
    public static String at(String secret, long step) {
        try {
            return new DefaultCodeGenerator().generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long step() {
        return Math.floorDiv(System.currentTimeMillis() / 1000, 30);
    }
}
