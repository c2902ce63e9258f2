package org.prongsai.account;

import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage the agency's staff accounts. */
@Controller
@RequestMapping("/admin/accounts")
class StaffAccountsController {

    private final AccountManagement accounts;
    private final TwoFactor twoFactor;
    private final AgencyManagement agencies;

    StaffAccountsController(AccountManagement accounts, TwoFactor twoFactor, AgencyManagement agencies) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.agencies = agencies;
    }

    /** The roles this person may give: the operator role only by an operator. */
    @ModelAttribute("roles")
    Role[] roles() {
        boolean operator =
                StaffPrincipal.current().map(a -> a.has(Role.OPERATOR)).orElse(false);
        return java.util.Arrays.stream(Role.values())
                .filter(r -> operator || r != Role.OPERATOR)
                .toArray(Role[]::new);
    }

    @GetMapping
    String listAccounts(Model model) {
        var agency = CurrentAgency.get();
        model.addAttribute("accounts", accounts.accounts(agency));
        model.addAttribute("units", agencies.units(agency));
        return "account/accounts";
    }

    @GetMapping("/new")
    String showNewForm(Model model) {
        model.addAttribute("form", StaffAccountForm.empty());
        model.addAttribute("units", agencies.units(CurrentAgency.get()));
        return "account/account-form";
    }

    @PostMapping("/new")
    String submitNewForm(
            @Valid @ModelAttribute("form") StaffAccountForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var agency = CurrentAgency.get();
        model.addAttribute("units", agencies.units(agency));
        if (form.password() == null || form.password().isBlank()) {
            result.rejectValue("password", "account.validation.password.required");
        }
        if (result.hasErrors()) {
            return "account/account-form";
        }
        try {
            accounts.create(agency, form);
        } catch (Refusal e) {
            result.rejectValue(e.field(), e.key());
            return "account/account-form";
        }
        redirect.addFlashAttribute("saved", "account.saved");
        return "redirect:/admin/accounts";
    }

    @GetMapping("/{id}")
    String showEditForm(@PathVariable UUID id, Model model) {
        var agency = CurrentAgency.get();
        var account = accounts.account(agency, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("accountId", id);
        model.addAttribute("account", account);
        model.addAttribute("form", StaffAccountForm.of(account));
        model.addAttribute("units", agencies.units(agency));
        return "account/account-form";
    }

    @PostMapping("/{id}")
    String submitEditForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") StaffAccountForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var agency = CurrentAgency.get();
        var account = accounts.account(agency, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("accountId", id);
        model.addAttribute("account", account);
        model.addAttribute("units", agencies.units(agency));
        if (result.hasErrors()) {
            return "account/account-form";
        }
        try {
            accounts.update(agency, id, form);
        } catch (Refusal e) {
            result.rejectValue(e.field(), e.key());
            return "account/account-form";
        }
        redirect.addFlashAttribute("saved", "account.saved");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable UUID id, @RequestParam String password, RedirectAttributes redirect) {
        try {
            accounts.resetPassword(CurrentAgency.get(), id, password);
            redirect.addFlashAttribute("saved", "account.password.reset");
        } catch (Refusal e) {
            redirect.addFlashAttribute("failed", e.key());
        }
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            accounts.unlock(CurrentAgency.get(), id);
            redirect.addFlashAttribute("saved", "account.unlocked");
        } catch (Refusal e) {
            redirect.addFlashAttribute("failed", e.key());
        }
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/totp/reset")
    String resetTotp(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            twoFactor.resetTotp(CurrentAgency.get(), id);
            redirect.addFlashAttribute("saved", "account.totp.reset");
        } catch (Refusal e) {
            redirect.addFlashAttribute("failed", e.key());
        }
        return "redirect:/admin/accounts/" + id;
    }
}
