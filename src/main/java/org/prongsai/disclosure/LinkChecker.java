package org.prongsai.disclosure;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpHead;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
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
    private final EvidencePublishing publishing;

    private final Clock clock;

    LinkChecker(Clock clock, JdbcClient jdbc, AgencyManagement agencies, EvidencePublishing publishing) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.publishing = publishing;
    }

    @Scheduled(cron = "${prongsai.links.cron:0 30 2 * * *}", zone = "Asia/Bangkok")
    @SchedulerLock(name = "link-check", lockAtMostFor = "PT4H")
    void nightly() {
        checkAll();
    }

    /** Every agency's links and files, now (the nightly run, once across the instances; and the tests). */
    void checkAll() {
        for (var agency : agencies.all()) {
            var links = jdbc.sql("select id, link from disclosure_evidence where agency_id = :a and link is not null")
                    .param("a", agency.id())
                    .query((rs, n) -> new Object[] {rs.getObject("id", UUID.class), rs.getString("link")})
                    .list();
            for (var row : links) {
                record(agency.id(), (UUID) row[0], answers((String) row[1]));
            }
            int broken = publishing.checkFiles(new org.prongsai.shared.AgencyId(agency.id()));
            if (broken > 0) {
                log.warn("{} evidence file(s) of agency {} do not open", broken, agency.id());
            }
        }
    }

    /**
     * True when the link answers with a success or a redirect. Its name is resolved once, every address vetted,
     * and the request connects to those addresses only: a name that changes its answer in between (DNS
     * rebinding) still cannot make the checker ask a private address.
     */
    boolean answers(String link) {
        var judgement = LinkPolicy.judge(link);
        if (judgement.verdict() != LinkPolicy.Verdict.PUBLIC) {
            return false;
        }
        var vetted = judgement.addresses().toArray(InetAddress[]::new);
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new SystemDefaultDnsResolver() {
                    @Override
                    public InetAddress[] resolve(String host) throws UnknownHostException {
                        if (host.equalsIgnoreCase(judgement.host().replaceAll("^\\[|]$", ""))) {
                            return vetted;
                        }
                        throw new UnknownHostException(host);
                    }
                })
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofSeconds(5))
                        .setSocketTimeout(Timeout.ofSeconds(10))
                        .build())
                .build();
        try (var client = HttpClients.custom()
                .setConnectionManager(connections)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .setUserAgent("Prongsai link check")
                .build()) {
            int status = client.execute(new HttpHead(URI.create(link.strip())), response -> response.getCode());
            return status < 400;
        } catch (java.io.IOException | IllegalArgumentException e) {
            log.debug("Link {} did not answer: {}", link, e.toString());
            return false;
        }
    }

    private void record(UUID agency, UUID evidence, boolean ok) {
        jdbc.sql(
                        "update disclosure_evidence set link_ok = :ok, link_checked_at = :at where agency_id = :a and id = :id")
                .param("a", agency)
                .param("id", evidence)
                .param("ok", ok)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }
}
