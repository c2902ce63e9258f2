package org.prongsai.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** The SMTP server the {@link MailTest} application sends to (GreenMail, in the test's own process). */
public final class Smtp {

    private static final ServerSetup SETUP =
            new ServerSetup(MailTest.SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP);

    private Smtp() {}

    /** Started and stopped around each test by JUnit ({@code @RegisterExtension}). */
    public static GreenMailExtension extension() {
        return new GreenMailExtension(SETUP).withConfiguration(config());
    }

    /** Started and stopped by the test itself, for a test that needs the server away for a while. */
    public static GreenMail server() {
        return new GreenMail(SETUP).withConfiguration(config());
    }

    private static GreenMailConfiguration config() {
        return GreenMailConfiguration.aConfig().withDisabledAuthentication();
    }
}
