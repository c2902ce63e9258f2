package org.prongsai.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page a flooded form is answered with. */
@Controller
class TooManyRequestsController {

    @RequestMapping(FloodLimit.TOO_MANY_PATH)
    String showTooManyRequests(HttpServletRequest request, Model model) {
        var seconds = request.getAttribute(FloodLimit.RETRY_AFTER_SECONDS);
        model.addAttribute("seconds", seconds == null ? 60L : seconds);
        return "shared/too-many-requests";
    }
}
