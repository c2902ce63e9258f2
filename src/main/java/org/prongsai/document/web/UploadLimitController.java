package org.prongsai.document.web;

import jakarta.servlet.http.HttpServletRequest;
import org.prongsai.document.DocumentManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class UploadLimitController {

    private final DocumentManagement documents;

    UploadLimitController(DocumentManagement documents) {
        this.documents = documents;
    }

    @RequestMapping(UploadLimitFilter.PATH)
    String showUploadTooLarge(HttpServletRequest request, Model model) {
        var form = request.getAttribute(UploadLimitFilter.FORM_ADDRESS);
        // Only a path of this site is offered as the way back.
        model.addAttribute(
                "back", form instanceof String path && path.startsWith("/") && !path.startsWith("//") ? path : "/");
        model.addAttribute("maxMegabytes", documents.maxSize().toMegabytes());
        return "document/upload-too-large";
    }
}
