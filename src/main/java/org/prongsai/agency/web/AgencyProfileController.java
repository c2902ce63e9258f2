package org.prongsai.agency.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.UUID;
import org.prongsai.agency.AgencyKind;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.AgencyPages;
import org.prongsai.agency.AgencyProfileForm;
import org.prongsai.agency.UnitForm;
import org.prongsai.document.DocumentManagement;
import org.prongsai.document.UploadKind;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/agency")
class AgencyProfileController {

    private final AgencyManagement agencies;
    private final AgencyPages pages;
    private final DocumentManagement documents;

    AgencyProfileController(AgencyManagement agencies, AgencyPages pages, DocumentManagement documents) {
        this.agencies = agencies;
        this.pages = pages;
        this.documents = documents;
    }

    @ModelAttribute("kinds")
    AgencyKind[] kinds() {
        return AgencyKind.values();
    }

    @GetMapping
    String showProfile(Model model) {
        var agency = agencies.current();
        model.addAttribute("form", AgencyProfileForm.of(agency));
        model.addAttribute("units", agencies.units(agency.agencyId()));
        return "agency/profile";
    }

    @PostMapping
    String submitProfile(
            @Valid @ModelAttribute("form") AgencyProfileForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var agency = CurrentAgency.get();
        if (result.hasErrors()) {
            model.addAttribute("units", agencies.units(agency));
            return "agency/profile";
        }
        agencies.updateProfile(agency, form);
        redirect.addFlashAttribute("saved", "agency.profile.saved");
        return "redirect:/admin/agency";
    }

    @PostMapping("/emblem")
    String uploadEmblem(@RequestParam("emblem") MultipartFile file, RedirectAttributes redirect) throws IOException {
        var agency = CurrentAgency.get();
        try {
            var stored = documents.store(agency, UploadKind.IMAGE, file.getOriginalFilename(), file.getBytes());
            agencies.changeEmblem(agency, stored.sha256());
            redirect.addFlashAttribute("saved", "agency.emblem.saved");
        } catch (Refusal e) {
            redirect.addFlashAttribute("failed", e.key());
            if (e.arguments().length > 0) {
                redirect.addFlashAttribute("failedArg", e.arguments()[0]);
            }
        }
        return "redirect:/admin/agency";
    }

    @GetMapping("/pages/{page}")
    String showAboutPage(@PathVariable org.prongsai.agency.AboutPage.Kind page, Model model) {
        model.addAttribute("kind", page);
        model.addAttribute(
                "page",
                pages.aboutPages(CurrentAgency.get()).stream()
                        .filter(p -> p.page() == page)
                        .findFirst()
                        .orElse(null));
        return "agency/about-page";
    }

    @PostMapping("/pages/{page}")
    String saveAboutPage(
            @PathVariable org.prongsai.agency.AboutPage.Kind page,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        var agency = CurrentAgency.get();
        try {
            String sha = null;
            String name = null;
            String type = null;
            if (file != null && !file.isEmpty()) {
                var stored = documents.store(agency, UploadKind.DOCUMENT, file.getOriginalFilename(), file.getBytes());
                sha = stored.sha256();
                name = stored.originalName();
                type = stored.mediaType();
            }
            pages.saveAboutPage(agency, page, body, sha, name, type);
        } catch (Refusal e) {
            model.addAttribute("failed", e.key());
            model.addAttribute("failedArg", e.arguments().length > 0 ? e.arguments()[0] : "");
            model.addAttribute("typedBody", body);
            return showAboutPage(page, model);
        }
        redirect.addFlashAttribute("saved", "agency.page.saved");
        return "redirect:/admin/agency/pages/" + page;
    }

    @GetMapping("/people")
    String showPeople(Model model) {
        model.addAttribute("people", pages.people(CurrentAgency.get()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", org.prongsai.agency.PersonForm.empty());
        }
        model.addAttribute("sides", org.prongsai.agency.Person.Side.values());
        return "agency/people";
    }

    @PostMapping("/people")
    String addPerson(
            @Valid @ModelAttribute("form") org.prongsai.agency.PersonForm form,
            BindingResult result,
            @RequestParam(value = "photo", required = false) MultipartFile photo,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        var agency = CurrentAgency.get();
        String sha = null;
        if (!result.hasErrors() && photo != null && !photo.isEmpty()) {
            try {
                sha = documents
                        .store(agency, UploadKind.IMAGE, photo.getOriginalFilename(), photo.getBytes())
                        .sha256();
            } catch (Refusal e) {
                result.reject(e.key(), e.arguments(), e.key());
            }
        }
        if (result.hasErrors()) {
            return showPeople(model);
        }
        pages.addPerson(agency, form, sha);
        redirect.addFlashAttribute("saved", "agency.person.saved");
        return "redirect:/admin/agency/people";
    }

    @PostMapping("/people/{id}/delete")
    String removePerson(@PathVariable UUID id, RedirectAttributes redirect) {
        pages.removePerson(CurrentAgency.get(), id);
        redirect.addFlashAttribute("saved", "agency.person.removed");
        return "redirect:/admin/agency/people";
    }

    @GetMapping("/units/new")
    String showNewUnitForm(Model model) {
        model.addAttribute(
                "form",
                new UnitForm("", "", "", "", agencies.units(CurrentAgency.get()).size() + 1));
        return "agency/unit-form";
    }

    @PostMapping("/units/new")
    String submitNewUnitForm(
            @Valid @ModelAttribute("form") UnitForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "agency/unit-form";
        }
        try {
            agencies.addUnit(CurrentAgency.get(), form);
        } catch (Refusal e) {
            result.rejectValue(e.field(), e.key());
            return "agency/unit-form";
        }
        redirect.addFlashAttribute("saved", "agency.unit.saved");
        return "redirect:/admin/agency";
    }

    @GetMapping("/units/{id}")
    String showUnitForm(@PathVariable UUID id, Model model) {
        var unit = agencies.unit(CurrentAgency.get(), id).orElseThrow(NotFound::new);
        model.addAttribute("unitId", id);
        model.addAttribute(
                "form",
                new UnitForm(unit.nameTh(), unit.nameEn(), unit.headName(), unit.headTitle(), unit.sortOrder()));
        return "agency/unit-form";
    }

    @PostMapping("/units/{id}")
    String submitUnitForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") UnitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("unitId", id);
        if (result.hasErrors()) {
            return "agency/unit-form";
        }
        try {
            agencies.updateUnit(CurrentAgency.get(), id, form);
        } catch (Refusal e) {
            if (e.field() == null) {
                throw new NotFound();
            }
            result.rejectValue(e.field(), e.key());
            return "agency/unit-form";
        }
        redirect.addFlashAttribute("saved", "agency.unit.saved");
        return "redirect:/admin/agency";
    }
}
