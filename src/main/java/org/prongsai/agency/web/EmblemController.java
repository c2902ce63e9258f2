package org.prongsai.agency.web;

import java.io.IOException;
import java.time.Duration;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.AgencyPages;
import org.prongsai.document.DocumentManagement;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The agency's emblem for the site header, the favicon and documents; a neutral mark until one is uploaded. */
@Controller
class EmblemController {

    private final AgencyManagement agencies;
    private final AgencyPages pages;
    private final DocumentManagement documents;

    EmblemController(AgencyManagement agencies, AgencyPages pages, DocumentManagement documents) {
        this.agencies = agencies;
        this.pages = pages;
        this.documents = documents;
    }

    /** The document attached to an "about" page: always downloaded, never shown inline. */
    @GetMapping("/about/{page}/document")
    ResponseEntity<Resource> aboutDocument(@org.springframework.web.bind.annotation.PathVariable String page)
            throws IOException {
        var agency = agencies.current();
        var found = pages.aboutPages(agency.agencyId()).stream()
                .filter(p -> p.page().name().equalsIgnoreCase(page) && p.hasFile())
                .findFirst();
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var file = documents.findBySha(agency.agencyId(), found.get().fileSha256());
        var content = file.isPresent() ? documents.open(file.get()) : java.util.Optional.<java.io.InputStream>empty();
        if (content.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(found.get().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(found.get().fileType()))
                .body(new InputStreamResource(content.get()));
    }

    /** An executive's photo, only if it is the photo of one of this agency's people. */
    @GetMapping("/people/{id}/photo")
    ResponseEntity<Resource> photo(@org.springframework.web.bind.annotation.PathVariable java.util.UUID id)
            throws IOException {
        var agency = agencies.current();
        var person = pages.people(agency.agencyId()).stream()
                .filter(p -> p.id().equals(id) && p.photoSha256() != null)
                .findFirst();
        if (person.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var file = documents.findBySha(agency.agencyId(), person.get().photoSha256());
        var content = file.isPresent() ? documents.open(file.get()) : java.util.Optional.<java.io.InputStream>empty();
        if (content.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.get().mediaType()))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)))
                .body(new InputStreamResource(content.get()));
    }

    @GetMapping("/emblem")
    ResponseEntity<Resource> emblem() throws IOException {
        var agency = agencies.current();
        if (agency.emblemSha256() != null) {
            var file = documents.findBySha(agency.agencyId(), agency.emblemSha256());
            if (file.isPresent()) {
                var content = documents.open(file.get());
                if (content.isPresent()) {
                    return ResponseEntity.ok()
                            .contentType(MediaType.parseMediaType(file.get().mediaType()))
                            .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)))
                            .body(new InputStreamResource(content.get()));
                }
            }
        }
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/png"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)))
                .body(new ClassPathResource("static/img/emblem-placeholder.png"));
    }
}
