package org.prongsai.shared.web;

import java.util.Locale;
import org.prongsai.shared.Refusal;
import org.prongsai.shared.ThaiFormat;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refusal no API handler caught answers 400 as a problem (RFC 9457) that says why in Thai and in English and
 * names the field, so every API module refuses alike. Pages catch their refusals themselves, beside the form.
 */
@RestControllerAdvice(annotations = RestController.class)
class RefusalProblems {

    private final MessageSource messages;

    RefusalProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Refusal.class)
    ProblemDetail refuse(Refusal refusal) {
        var problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(refusal, ThaiFormat.THAI));
        problem.setTitle(messages.getMessage(refusal, Locale.ENGLISH));
        problem.setProperty("key", refusal.key());
        if (refusal.field() != null) {
            problem.setProperty("field", refusal.field());
        }
        return problem;
    }
}
