package org.prongsai.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with its demo agency, sending e-mail to an SMTP server on localhost:{@value #SMTP_PORT}
 * that each test class starts itself (GreenMail). Test classes with this annotation share one application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "prongsai.demo=true",
            // The published logins the tests sign in with (a real demo makes its own: DemoSecretsTests).
            "prongsai.demo.fixed-secrets=true",
            "spring.mail.host=localhost",
            "spring.mail.port=" + MailTest.SMTP_PORT,
            "prongsai.reminders.from=prongsai@banprongsai.example.go.th"
        })
@ContextConfiguration(initializers = FreshDataDirectory.class)
public @interface MailTest {
    int SMTP_PORT = 3925;
}
