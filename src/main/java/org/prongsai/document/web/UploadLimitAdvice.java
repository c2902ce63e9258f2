package org.prongsai.document.web;

import org.prongsai.document.DocumentManagement;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows the upload limit, so that its file fields can refuse a larger file before it is sent. */
@ControllerAdvice
class UploadLimitAdvice {

    /** The limit in bytes (for the browser's check) and in megabytes (for the message). */
    public record UploadLimit(long bytes, long megabytes) {}

    private final UploadLimit limit;

    UploadLimitAdvice(DocumentManagement documents) {
        this.limit = new UploadLimit(
                documents.maxSize().toBytes(), documents.maxSize().toMegabytes());
    }

    @ModelAttribute("uploadLimit")
    UploadLimit uploadLimit() {
        return limit;
    }
}
