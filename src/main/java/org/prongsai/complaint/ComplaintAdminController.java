package org.prongsai.complaint;

import java.util.UUID;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The investigators' side: the cases, one case, its next step and messages to the reporter. */
@Controller
class ComplaintAdminController {

    private final CaseHandling cases;
    private final IdentityRequests identities;
    private final Retention retention;
    private final CaseAssignment assignment;

    ComplaintAdminController(
            CaseHandling cases, IdentityRequests identities, Retention retention, CaseAssignment assignment) {
        this.assignment = assignment;
        this.cases = cases;
        this.identities = identities;
        this.retention = retention;
    }

    @GetMapping("/admin/complaints")
    String cases(Model model) {
        model.addAttribute("cases", cases.cases(CurrentAgency.get()));
        model.addAttribute("due", retention.dueSoon(CurrentAgency.get()));
        return "complaint/admin-list";
    }

    @GetMapping("/admin/complaints/{id}")
    String show(@PathVariable UUID id, Model model) {
        var found = cases.view(CurrentAgency.get(), id);
        if (found.isEmpty()) {
            return "redirect:/admin/complaints";
        }
        model.addAttribute("c", found.get());
        model.addAttribute("handling", assignment.handling(CurrentAgency.get(), id));
        if (!found.get().anonymous()) {
            model.addAttribute(
                    "identityRequest", identities.mine(CurrentAgency.get(), id).orElse(null));
            model.addAttribute(
                    "identity", identities.open(CurrentAgency.get(), id).orElse(null));
        }
        return "complaint/admin-case";
    }

    @PostMapping("/admin/complaints/{id}/status")
    String changeStatus(
            @PathVariable UUID id,
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            cases.changeStatus(CurrentAgency.get(), id, status, reason);
            redirect.addFlashAttribute("saved", "complaint.status.saved");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("failed", refusal.key());
            redirect.addFlashAttribute("reason", reason);
            redirect.addFlashAttribute("status", status == null ? null : status.name());
        }
        return "redirect:/admin/complaints/" + id;
    }

    /** A file the reporter sent, opened for the investigator; always downloaded, never shown inline. */
    @GetMapping("/admin/complaints/{id}/files/{position}")
    org.springframework.http.ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable int position) {
        return cases.file(CurrentAgency.get(), id, position)
                .map(f -> org.springframework.http.ResponseEntity.ok()
                        .contentType(org.springframework.http.MediaType.parseMediaType(f.mediaType()))
                        .header(
                                "Content-Disposition",
                                org.springframework.http.ContentDisposition.attachment()
                                        .filename(f.name(), java.nio.charset.StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
                        .header("Cache-Control", "no-store")
                        .body(f.content()))
                .orElse(org.springframework.http.ResponseEntity.notFound().build());
    }

    /** Asks a custodian to open who reported, saying why. */
    @PostMapping("/admin/complaints/{id}/identity")
    String askForIdentity(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String identityReason,
            RedirectAttributes redirect) {
        try {
            identities.request(CurrentAgency.get(), id, identityReason);
            redirect.addFlashAttribute("saved", "complaint.identity.asked");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("failed", refusal.key());
            redirect.addFlashAttribute("identityReason", identityReason);
        }
        return "redirect:/admin/complaints/" + id;
    }

    /** Gives the case to a unit and an investigator. */
    @PostMapping("/admin/complaints/{id}/assignment")
    String assign(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) UUID assigneeId,
            RedirectAttributes redirect) {
        try {
            assignment.assign(CurrentAgency.get(), id, unitId, assigneeId);
            redirect.addFlashAttribute("saved", "complaint.assign.saved");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("failed", refusal.key());
        }
        return "redirect:/admin/complaints/" + id;
    }

    /** An internal note, which the reporter never reads. */
    @PostMapping("/admin/complaints/{id}/notes")
    String note(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        try {
            assignment.note(CurrentAgency.get(), id, note);
            redirect.addFlashAttribute("saved", "complaint.note.saved");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("failed", refusal.key());
            redirect.addFlashAttribute("note", note);
        }
        return "redirect:/admin/complaints/" + id;
    }

    @PostMapping("/admin/complaints/{id}/messages")
    String write(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        try {
            cases.write(CurrentAgency.get(), id, text);
            redirect.addFlashAttribute("saved", "complaint.message.sent");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("failed", refusal.key());
            redirect.addFlashAttribute("text", text);
        }
        return "redirect:/admin/complaints/" + id;
    }
}
