package org.prongsai.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.prongsai.shared.ThaiFormat;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * Errors no handler answered (an unknown address, a wrong method, a failure): pages get the error pages as
 * before; a program gets a problem (RFC 9457) like every refusal of the API, with why in Thai ({@code detail})
 * and in English ({@code title}), instead of Spring's own shape.
 */
@Controller
class ProblemErrors extends BasicErrorController {

    private final MessageSource messages;

    ProblemErrors(
            ErrorAttributes errors,
            WebProperties web,
            ObjectProvider<ErrorViewResolver> views,
            MessageSource messages) {
        super(errors, web.getError(), views.orderedStream().toList());
        this.messages = messages;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        var status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status, request));
    }

    private Map<String, Object> problem(HttpStatus status, HttpServletRequest request) {
        var key = "shared.problem." + status.value();
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage(key, null, status.getReasonPhrase(), Locale.ENGLISH));
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(key, null, status.getReasonPhrase(), ThaiFormat.THAI));
        var path = request.getAttribute("jakarta.servlet.error.request_uri");
        if (path != null) {
            problem.put("instance", path.toString());
        }
        problem.put("key", key);
        return problem;
    }
}
