package org.prongsai.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.prongsai.shared.Refusal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: password, two-factor status and API tokens. */
@Controller
@RequestMapping("/account")
class MyAccountController {

    private final AccountManagement accounts;
    private final ApiTokens tokens;
    private final StaffSignIn signIn;

    MyAccountController(AccountManagement accounts, ApiTokens tokens, StaffSignIn signIn) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.signIn = signIn;
    }

    record PasswordForm(
            @NotBlank(message = "{account.validation.password.required}") String currentPassword,
            @NotBlank(message = "{account.validation.password.required}")
                    @Size(max = 200, message = "{validation.too-long}")
                    String newPassword,
            String confirmPassword) {}

    record TokenForm(
            @NotBlank(message = "{account.token.name.invalid}") @Size(max = 100, message = "{validation.too-long}")
                    String name,
            Integer days,
            boolean write) {}

    @GetMapping
    String showAccount(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
        model.addAttribute(
                "account", accounts.account(staff.agencyId(), staff.userId()).orElseThrow());
        model.addAttribute("tokens", tokens.tokens(staff.agencyId(), staff.userId()));
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm("", 90, false));
        }
        return "account/my-account";
    }

    @GetMapping("/password")
    String showPasswordForm(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return "account/password";
    }

    @PostMapping("/password")
    String submitPasswordForm(
            @AuthenticationPrincipal StaffPrincipal staff,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        if (!result.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "account.validation.password.mismatch");
        }
        if (result.hasErrors()) {
            return "account/password";
        }
        try {
            accounts.changeOwnPassword(staff.agencyId(), staff.userId(), form.currentPassword(), form.newPassword());
        } catch (Refusal e) {
            result.rejectValue("password".equals(e.field()) ? "newPassword" : e.field(), e.key());
            return "account/password";
        }
        var updated = staff.withPasswordChanged();
        signIn.signIn(
                request,
                response,
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        updated, null, updated.getAuthorities()));
        redirect.addFlashAttribute("saved", "account.password.changed");
        return "redirect:/account";
    }

    @PostMapping("/tokens")
    String issueToken(
            @AuthenticationPrincipal StaffPrincipal staff,
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showAccount(staff, model);
        }
        if (form.days() == null || !ApiTokens.TOKEN_DAYS.contains(form.days())) {
            result.rejectValue("days", "account.token.days.invalid");
            return showAccount(staff, model);
        }
        var scopes =
                form.write() ? java.util.Set.of(TokenScope.READ, TokenScope.WRITE) : java.util.Set.of(TokenScope.READ);
        var issued = tokens.issueToken(staff.agencyId(), staff.userId(), form.name(), scopes, form.days());
        redirect.addFlashAttribute("issuedToken", issued.token());
        return "redirect:/account";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(
            @AuthenticationPrincipal StaffPrincipal staff, @PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revokeToken(staff.agencyId(), staff.userId(), id);
        redirect.addFlashAttribute("saved", "account.token.revoked");
        return "redirect:/account";
    }
}
