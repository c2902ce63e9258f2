package org.prongsai.document.web;

import jakarta.servlet.http.HttpServletRequest;
import org.prongsai.document.DocumentManagement;
import org.prongsai.shared.web.PageModel;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.ModelMap;

/** Every page knows the upload limit, so that its file fields can refuse a larger file before it is sent. */
@Configuration(proxyBeanMethods = false)
class UploadLimitModel extends PageModel {

    /** The limit in bytes (for the browser's check) and in megabytes (for the message). */
    public record UploadLimit(long bytes, long megabytes) {}

    private final UploadLimit limit;

    UploadLimitModel(DocumentManagement documents) {
        this.limit = new UploadLimit(
                documents.maxSize().toBytes(), documents.maxSize().toMegabytes());
    }

    @Override
    protected void addTo(ModelMap model, HttpServletRequest request) {
        model.addAttribute("uploadLimit", limit);
    }
}
