package org.prongsai.participation;

import jakarta.validation.Valid;
import java.util.UUID;
import org.prongsai.shared.CurrentAgency;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public Q&A ({@code /qa}) and its staff side ({@code /admin/qa}). */
@Controller
class QaController {

    private final Participation participation;

    QaController(Participation participation) {
        this.participation = participation;
    }

    @GetMapping("/qa")
    String showQuestions(@RequestParam(required = false) String asked, Model model) {
        model.addAttribute("questions", participation.answered(CurrentAgency.get()));
        if (asked != null) {
            model.addAttribute("saved", "participation.question.received");
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", QuestionForm.empty());
        }
        return "participation/qa";
    }

    @PostMapping("/qa")
    String ask(@Valid @ModelAttribute("form") QuestionForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            model.addAttribute("questions", participation.answered(CurrentAgency.get()));
            return "participation/qa";
        }
        participation.ask(CurrentAgency.get(), form);
        // Said in the address, not as a flash attribute: a citizen's question makes no session to store.
        return "redirect:/qa?asked";
    }

    /** Staff's list, waiting questions first, 50 a page, with the answered and the hidden ones a click away. */
    @GetMapping("/admin/qa")
    String showAllQuestions(
            @RequestParam(defaultValue = "WAITING") Participation.Show show,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("list", participation.list(CurrentAgency.get(), show, page, 50));
        return "participation/admin-qa";
    }

    @PostMapping("/admin/qa/{id}/hide")
    String hide(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "WAITING") Participation.Show show,
            @RequestParam(defaultValue = "0") int page,
            RedirectAttributes redirect) {
        participation.hide(CurrentAgency.get(), id);
        redirect.addFlashAttribute("saved", "participation.hidden");
        return backTo(show, page, redirect);
    }

    @PostMapping("/admin/qa/{id}")
    String answer(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "WAITING") Participation.Show show,
            @RequestParam(defaultValue = "0") int page,
            RedirectAttributes redirect) {
        try {
            participation.answer(CurrentAgency.get(), id, answer);
            redirect.addFlashAttribute("saved", "participation.answer.saved");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("failed", e.getMessage());
        }
        return backTo(show, page, redirect);
    }

    /** Back to the tab and page the officer was on. */
    private static String backTo(Participation.Show show, int page, RedirectAttributes redirect) {
        redirect.addAttribute("show", show);
        redirect.addAttribute("page", Math.max(0, page));
        return "redirect:/admin/qa";
    }
}
