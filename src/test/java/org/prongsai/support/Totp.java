package org.prongsai.support;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/** The code an authenticator app would show now. */
public final class Totp {

    private Totp() {}

    public static String now(String secret) {
        try {
            return new DefaultCodeGenerator().generate(secret, Math.floorDiv(System.currentTimeMillis() / 1000, 30));
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
