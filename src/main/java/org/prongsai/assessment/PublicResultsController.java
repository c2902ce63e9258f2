package org.prongsai.assessment;

import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.shared.CurrentAgency;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The agency's ITA results for everyone: each year's total as published, its grade and, from 2568, the level
 * beside it, with how sure the framework data behind it is.
 */
@Controller
class PublicResultsController {

    private final AssessmentManagement assessments;
    private final FrameworkCatalog frameworks;

    PublicResultsController(AssessmentManagement assessments, FrameworkCatalog frameworks) {
        this.assessments = assessments;
        this.frameworks = frameworks;
    }

    @GetMapping("/ita")
    String showResults(Model model) {
        model.addAttribute("history", assessments.history(CurrentAgency.get()));
        model.addAttribute("frameworks", frameworks);
        return "assessment/public-results";
    }
}
