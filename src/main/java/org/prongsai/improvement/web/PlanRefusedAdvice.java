package org.prongsai.improvement.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.prongsai.improvement.PlanRefused;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A refusal no form caught (a draft asked for before there is a plan, a quarter that does not exist) goes back
 * to the year's plan page with the reason, instead of an error page.
 */
@ControllerAdvice(
        assignableTypes = {
            PlanController.class,
            PlanRowController.class,
            ReportController.class,
            MeasureController.class,
            SigningController.class
        })
class PlanRefusedAdvice {

    private static final Pattern YEAR = Pattern.compile("/admin/plans/(\\d{4})");

    @ExceptionHandler(PlanRefused.class)
    String explain(PlanRefused refused, HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("problems", refused.problems());
        var year = YEAR.matcher(request.getServletPath());
        return year.find() ? "redirect:/admin/plans/" + year.group(1) : "redirect:/admin/plans";
    }
}
