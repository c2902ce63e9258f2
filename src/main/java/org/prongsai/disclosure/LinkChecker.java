package org.prongsai.disclosure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.prongsai.agency.AgencyManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, asks each published link whether it still answers, and reads back each evidence file (still
 * there, unchanged, still opens), and flags those that fail. Links to private addresses are never fetched (they
 * are refused when published, and checked again here).
 */
@Component
class LinkChecker {

    private static final Logger log = LoggerFactory.getLogger(LinkChecker.class);

    private final JdbcClient jdbc;
    private final AgencyManagement agencies;
    private final DisclosureManagement disclosure;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    LinkChecker(JdbcClient jdbc, AgencyManagement agencies, DisclosureManagement disclosure) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.disclosure = disclosure;
    }

    @Scheduled(cron = "${prongsai.links.cron:0 30 2 * * *}", zone = "Asia/Bangkok")
    void checkAll() {
        for (var agency : agencies.all()) {
            var links = jdbc.sql("select id, link from disclosure_evidence where agency_id = :a and link is not null")
                    .param("a", agency.id())
                    .query((rs, n) -> new Object[] {rs.getObject("id", UUID.class), rs.getString("link")})
                    .list();
            for (var row : links) {
                record(agency.id(), (UUID) row[0], answers((String) row[1]));
            }
            int broken = disclosure.checkFiles(new org.prongsai.shared.AgencyId(agency.id()));
            if (broken > 0) {
                log.warn("{} evidence file(s) of agency {} do not open", broken, agency.id());
            }
        }
    }

    /** True when the link answers with a success or a redirect; a private address is never asked. */
    boolean answers(String link) {
        if (!LinkPolicy.wellFormed(link) || LinkPolicy.privateAddress(link)) {
            return false;
        }
        try {
            var request = HttpRequest.newBuilder(URI.create(link.strip()))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofSeconds(10))
                    .header("User-Agent", "Prongsai link check")
                    .build();
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status < 400;
        } catch (java.io.IOException | IllegalArgumentException e) {
            log.debug("Link {} did not answer: {}", link, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void record(UUID agency, UUID evidence, boolean ok) {
        jdbc.sql(
                        "update disclosure_evidence set link_ok = :ok, link_checked_at = :at where agency_id = :a and id = :id")
                .param("a", agency)
                .param("id", evidence)
                .param("ok", ok)
                .param("at", Timestamp.from(Instant.now()))
                .update();
    }
}
