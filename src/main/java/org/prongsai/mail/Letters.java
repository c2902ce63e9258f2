package org.prongsai.mail;

import java.util.Map;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The words of every e-mail, from Thymeleaf text templates under {@code templates/mail/}: the first line is the
 * subject, the rest after a blank line the body (Thai first, then English). Kept apart from the pages' engine:
 * text mode, nothing escaped as HTML, and no request to read a locale from.
 */
final class Letters {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    Letters() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    record Letter(String subject, String body) {}

    Letter write(String template, Map<String, Object> variables) {
        var text = engine.process(template, new Context(null, variables)).replace("\r\n", "\n");
        int end = text.indexOf('\n');
        if (end < 0 || !text.startsWith("Subject: ")) {
            throw new IllegalStateException("The e-mail template " + template + " must start with a Subject: line");
        }
        return new Letter(
                text.substring("Subject: ".length(), end).strip(),
                text.substring(end + 1).strip() + "\n");
    }
}
