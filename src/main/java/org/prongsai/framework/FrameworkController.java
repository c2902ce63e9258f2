package org.prongsai.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.prongsai.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff browse the frameworks; administrators correct them for this deployment. */
@Controller
@RequestMapping("/admin/frameworks")
class FrameworkController {

    private final FrameworkCatalog catalog;
    private final FrameworkAdministration administration;

    FrameworkController(FrameworkCatalog catalog, FrameworkAdministration administration) {
        this.catalog = catalog;
        this.administration = administration;
    }

    @GetMapping
    String listFrameworks(Model model) {
        model.addAttribute("entries", catalog.entries());
        model.addAttribute("confidence", catalog.confidence());
        model.addAttribute("buckets", Provenance.BUCKETS);
        return "framework/frameworks";
    }

    @GetMapping("/{year}")
    String showFramework(@PathVariable int year, Model model) {
        var framework = catalog.require(year);
        model.addAttribute("framework", framework);
        // Everyone reads the framework; only operators change it, so others see the values, not inputs.
        model.addAttribute(
                "canEdit",
                org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .getAuthentication()
                        .getAuthorities()
                        .stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_OPERATOR")));
        model.addAttribute(
                "entry",
                catalog.entries().stream()
                        .filter(e -> e.fiscalYear() == year)
                        .findFirst()
                        .orElseThrow());
        return "framework/framework";
    }

    @GetMapping("/{year}/items/{id}")
    String showItemForm(@PathVariable int year, @PathVariable String id, Model model) {
        var framework = catalog.find(year)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND));
        if (framework.question(id).isEmpty() && framework.oitItem(id).isEmpty()) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
        }
        model.addAttribute("framework", framework);
        model.addAttribute("question", framework.question(id).orElse(null));
        model.addAttribute("item", framework.oitItem(id).orElse(null));
        model.addAttribute("id", id);
        return "framework/item-form";
    }

    @PostMapping("/{year}/items/{id}")
    String submitItemForm(
            @PathVariable int year,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String textTh,
            @RequestParam(defaultValue = "") String textEn,
            @RequestParam(defaultValue = "") String recommendationTh,
            @RequestParam(defaultValue = "") String recommendationEn,
            Model model,
            RedirectAttributes redirect) {
        if (textTh.isBlank()
                || textTh.length() > 2000
                || textEn.length() > 2000
                || recommendationTh.length() > 5000
                || recommendationEn.length() > 5000) {
            model.addAttribute("failed", textTh.isBlank() ? "framework.admin.text-required" : "validation.too-long");
            return showItemForm(year, id, model);
        }
        var text = new Text(textTh, textEn);
        var recommendation = new Text(recommendationTh, recommendationEn);
        try {
            if (id.startsWith("O")) {
                administration.changeOitItem(year, id, text, recommendation);
            } else {
                administration.changeQuestion(year, id, text, recommendation);
            }
        } catch (Refusal e) {
            redirect.addFlashAttribute("failed", e.key());
            redirect.addFlashAttribute("failedArg", firstArgument(e.arguments()));
            return "redirect:/admin/frameworks/" + year;
        }
        redirect.addFlashAttribute("saved", "framework.admin.saved");
        return "redirect:/admin/frameworks/" + year + "#" + id;
    }

    @PostMapping("/{year}/weights")
    String submitWeights(
            @PathVariable int year, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        try {
            var weights = new LinkedHashMap<String, Double>();
            for (var tool : catalog.find(year).orElseThrow().tools()) {
                weights.put(tool.code(), Double.valueOf(form.getFirst("weight." + tool.code())));
            }
            var bands = new ArrayList<Grades.Band>();
            for (var band : catalog.find(year).orElseThrow().grades().bands()) {
                bands.add(new Grades.Band(band.grade(), Double.parseDouble(form.getFirst("band." + band.grade()))));
            }
            administration.changeWeightsAndGrades(year, weights, bands, Double.parseDouble(form.getFirst("passMark")));
            redirect.addFlashAttribute("saved", "framework.admin.saved");
        } catch (NumberFormatException | NullPointerException e) {
            redirect.addFlashAttribute("failed", "framework.admin.number");
        } catch (Refusal e) {
            redirect.addFlashAttribute("failed", e.key());
            redirect.addFlashAttribute("failedArg", firstArgument(e.arguments()));
        }
        return "redirect:/admin/frameworks/" + year;
    }

    @PostMapping("/{year}/ratings")
    String submitRatings(
            @PathVariable int year, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        var ratings = catalog.require(year).ratings();
        try {
            var minimums = new ArrayList<java.util.List<Double>>();
            for (int i = 0; ratings != null && i < ratings.levels().size(); i++) {
                var level = new ArrayList<Double>();
                for (int j = 0; j < ratings.levels().get(i).conditions().size(); j++) {
                    var typed = form.getFirst("min." + i + "." + j);
                    level.add(typed == null || typed.isBlank() ? null : Double.valueOf(typed.strip()));
                }
                minimums.add(level);
            }
            administration.changeRatings(year, minimums);
            redirect.addFlashAttribute("saved", "framework.admin.saved");
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("failed", "framework.admin.number");
        } catch (Refusal e) {
            redirect.addFlashAttribute("failed", e.key());
            redirect.addFlashAttribute("failedArg", firstArgument(e.arguments()));
        }
        return "redirect:/admin/frameworks/" + year + "#ratings";
    }

    @PostMapping("/{year}/deadline")
    String submitDeadline(
            @PathVariable int year, @RequestParam(defaultValue = "") String deadline, RedirectAttributes redirect) {
        try {
            administration.changeOitDeadline(year, org.prongsai.shared.BuddhistDates.parse(deadline));
            redirect.addFlashAttribute("saved", "framework.admin.saved");
        } catch (Refusal e) {
            redirect.addFlashAttribute("failed", e.key());
            redirect.addFlashAttribute("failedArg", firstArgument(e.arguments()));
        } catch (org.prongsai.shared.BuddhistDates.Refused e) {
            redirect.addFlashAttribute("failed", e.key());
            redirect.addFlashAttribute("failedArg", e.argument());
            redirect.addFlashAttribute("typedDeadline", deadline);
        }
        return "redirect:/admin/frameworks/" + year;
    }

    @PostMapping("/{year}/copy")
    String copy(@PathVariable int year, @RequestParam(defaultValue = "0") int toYear, RedirectAttributes redirect) {
        try {
            administration.copy(year, toYear);
            redirect.addFlashAttribute("saved", "framework.admin.copied");
            return "redirect:/admin/frameworks/" + toYear;
        } catch (Refusal e) {
            redirect.addFlashAttribute("failed", e.key());
            redirect.addFlashAttribute("failedArg", firstArgument(e.arguments()));
            return "redirect:/admin/frameworks/" + year;
        }
    }

    @PostMapping("/{year}/revert")
    String revert(@PathVariable int year, RedirectAttributes redirect) {
        administration.revert(year);
        redirect.addFlashAttribute("saved", "framework.admin.reverted");
        return catalog.find(year).isPresent() ? "redirect:/admin/frameworks/" + year : "redirect:/admin/frameworks";
    }

    /** As the message takes it: a year stays a number, for messages that format it as one. */
    private static Object firstArgument(Object[] arguments) {
        return arguments.length == 0 ? "" : arguments[0];
    }
}
