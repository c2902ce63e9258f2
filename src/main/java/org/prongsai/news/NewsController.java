package org.prongsai.news;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class NewsController {

    private final News news;
    private final AgencyManagement agencies;

    private final Clock clock;

    NewsController(Clock clock, News news, AgencyManagement agencies) {
        this.clock = clock;
        this.news = news;
        this.agencies = agencies;
    }

    @GetMapping("/news")
    String listNews(Model model) {
        model.addAttribute("items", news.latest(CurrentAgency.get(), 50));
        return "news/list";
    }

    @GetMapping("/news/{id}")
    String showNews(@PathVariable UUID id, Model model) {
        model.addAttribute(
                "item",
                news.find(CurrentAgency.get(), id)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "news/item";
    }

    @GetMapping("/admin/news")
    String showNewsForm(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewsForm("", "", LocalDate.now(clock), null));
        }
        model.addAttribute("items", news.latest(CurrentAgency.get(), 50));
        model.addAttribute("units", agencies.units(CurrentAgency.get()));
        return "news/admin";
    }

    @PostMapping("/admin/news")
    String publish(
            @Valid @ModelAttribute("form") NewsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.unitId() != null
                && agencies.unit(CurrentAgency.get(), form.unitId()).isEmpty()) {
            result.rejectValue("unitId", "account.validation.unit.unknown");
        }
        if (result.hasErrors()) {
            return showNewsForm(model);
        }
        try {
            news.publish(CurrentAgency.get(), form);
        } catch (Refusal e) {
            result.rejectValue(e.field(), e.key());
            return showNewsForm(model);
        }
        redirect.addFlashAttribute("saved", "news.published");
        return "redirect:/admin/news";
    }

    @PostMapping("/admin/news/{id}/delete")
    String remove(@PathVariable UUID id, RedirectAttributes redirect) {
        news.remove(CurrentAgency.get(), id);
        redirect.addFlashAttribute("saved", "news.removed");
        return "redirect:/admin/news";
    }
}
