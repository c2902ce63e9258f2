package org.prongsai.framework;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any page of a year without a framework (today's fiscal year before anyone shipped or copied one) explains
 * itself instead of failing: it names the latest year that has one, links to the same page of that year and
 * lets an operator copy that framework. The API answers 404 with a problem in Thai and English.
 */
@ControllerAdvice
class NoFrameworkAdvice {

    static final String PATH = "/year-without-framework";

    private final JsonMapper json;

    NoFrameworkAdvice(JsonMapper json) {
        this.json = json;
    }

    @ExceptionHandler(NoFramework.class)
    ModelAndView explain(NoFramework e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var path = request.getServletPath();
        if (path.startsWith("/api/")) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(
                    response.getOutputStream(),
                    Map.of(
                            "type",
                            "about:blank",
                            "title",
                            "No framework",
                            "status",
                            404,
                            "detail",
                            "ไม่มีกรอบการประเมิน ITA ของปีงบประมาณ " + e.year()
                                    + " / There is no ITA framework for fiscal year " + e.year(),
                            "fiscalYear",
                            e.year()));
            return null;
        }
        // A redirect rather than a forward: the explanation is rendered as an ordinary page, with the layout's
        // data, and is never kept by the page cache under the address asked for.
        return new ModelAndView("redirect:" + PATH + "?year=" + e.year() + "&from="
                + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Controller
    static class Page {

        private final FrameworkCatalog catalog;

        Page(FrameworkCatalog catalog) {
            this.catalog = catalog;
        }

        @GetMapping(PATH)
        String show(@RequestParam int year, @RequestParam(defaultValue = "/") String from, Model model) {
            // Only a path of this site, to link to the same page of another year: never another site.
            var asked = from.matches("/[A-Za-z0-9/_.-]*") && !from.startsWith("//") ? from : "/";
            int latest = catalog.currentYear();
            model.addAttribute("year", year);
            model.addAttribute("latest", catalog.find(latest).isPresent() ? latest : null);
            // The same page of the year that has a framework: /admin/oit/2571/O3 → /admin/oit/2570/O3.
            model.addAttribute("latestPath", asked.replaceFirst("/" + year + "(?=/|\\.|$)", "/" + latest));
            model.addAttribute("admin", asked.startsWith("/admin/"));
            return "framework/no-framework";
        }
    }
}
