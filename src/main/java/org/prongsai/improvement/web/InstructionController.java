package org.prongsai.improvement.web;

import java.util.UUID;
import org.prongsai.account.AccountManagement;
import org.prongsai.improvement.Instructions;
import org.prongsai.improvement.PlanRefused;
import org.prongsai.shared.CurrentAgency;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit says it has read the executive's instruction, from its measures board, where its head and staff find
 * it; only a member of a unit the instruction went to may (the service checks the unit).
 */
@Controller
class InstructionController {

    private final Instructions instructions;
    private final AccountManagement accounts;

    InstructionController(Instructions instructions, AccountManagement accounts) {
        this.instructions = instructions;
        this.accounts = accounts;
    }

    @PostMapping("/admin/measures/instructions/{id}/read")
    String markRead(@PathVariable UUID id, RedirectAttributes redirect) {
        var agency = CurrentAgency.get();
        var unit = accounts.currentUnit(agency).orElse(null);
        try {
            instructions.markRead(agency, id, unit);
            redirect.addFlashAttribute("saved", "improvement.instruction.read");
        } catch (PlanRefused refused) {
            redirect.addFlashAttribute("failed", refused.problems().get(0).key());
        }
        return "redirect:/admin/measures#instructions";
    }
}
