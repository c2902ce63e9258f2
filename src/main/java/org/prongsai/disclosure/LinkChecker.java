package org.prongsai.disclosure;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpHead;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.shared.AgencyId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, asks each published link whether it still answers, and reads back each evidence file (still
 * there, unchanged, still opens), and flags those that fail. Links to private addresses are never fetched (they
 * are refused when published, and checked again here).
 *
 * <p>At a national scale there are hundreds of thousands of links, many the same (the NACC's own documents):
 * each address is asked once a run, hosts are asked in parallel ({@code prongsai.links.hosts-at-once}, 8) and
 * each host one request at a time with a pause between them ({@code prongsai.links.pause-per-host}, 1 s), so that
 * no agency's web server is hammered. Only a flag that changes is written, and only the item pages whose flags
 * changed are forgotten by the page cache.
 */
@Component
class LinkChecker {

    private static final Logger log = LoggerFactory.getLogger(LinkChecker.class);

    private final JdbcClient jdbc;
    private final AgencyManagement agencies;
    private final EvidencePublishing publishing;

    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int hostsAtOnce;
    private final Duration pausePerHost;

    LinkChecker(
            Clock clock,
            JdbcClient jdbc,
            AgencyManagement agencies,
            EvidencePublishing publishing,
            ApplicationEventPublisher events,
            @Value("${prongsai.links.hosts-at-once:8}") int hostsAtOnce,
            @Value("${prongsai.links.pause-per-host:1s}") Duration pausePerHost) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.publishing = publishing;
        this.events = events;
        this.hostsAtOnce = hostsAtOnce;
        this.pausePerHost = pausePerHost;
    }

    @Scheduled(cron = "${prongsai.links.cron:0 30 2 * * *}", zone = "Asia/Bangkok")
    @SchedulerLock(name = "link-check", lockAtMostFor = "PT4H")
    void nightly() {
        checkAll();
    }

    private record Linked(UUID id, int year, String item, String link) {}

    /** Every agency's links and files, now (the nightly run, once across the instances; and the tests). */
    void checkAll() {
        var all = agencies.all();
        // A few hundred agencies at a time: their links, each address once, then their flags.
        for (int from = 0; from < all.size(); from += AGENCIES_AT_ONCE) {
            var batch = all.subList(from, Math.min(all.size(), from + AGENCIES_AT_ONCE));
            var linked = new LinkedHashMap<UUID, List<Linked>>();
            for (var agency : batch) {
                linked.put(
                        agency.id(),
                        jdbc.sql(
                                        """
                                        select id, fiscal_year, item_id, link from disclosure_evidence
                                        where agency_id = :a and link is not null
                                        """)
                                .param("a", agency.id())
                                .query((rs, n) -> new Linked(
                                        rs.getObject("id", UUID.class),
                                        rs.getInt("fiscal_year"),
                                        rs.getString("item_id"),
                                        rs.getString("link")))
                                .list());
            }
            var answered = ask(linked.values().stream()
                    .flatMap(List::stream)
                    .map(Linked::link)
                    .collect(Collectors.toSet()));
            for (var agency : batch) {
                var id = new AgencyId(agency.id());
                var changed = new TreeSet<String>();
                for (var link : linked.get(agency.id())) {
                    // An address not asked (the run was stopped) keeps what it had.
                    var ok = answered.get(link.link());
                    if (ok != null && record(agency.id(), link.id(), ok)) {
                        changed.add(link.year() + "/" + link.item());
                    }
                }
                var files = publishing.checkFiles(id);
                changed.addAll(files.changedItems());
                if (files.broken() > 0) {
                    log.warn("{} evidence file(s) of agency {} do not open", files.broken(), agency.id());
                }
                if (!changed.isEmpty()) {
                    events.publishEvent(new EvidenceChecked(id, changed));
                }
            }
        }
    }

    static final int AGENCIES_AT_ONCE = 500;

    /**
     * Asks each address once: hosts in parallel, each host's addresses one after another with a pause between.
     */
    Map<String, Boolean> ask(Set<String> links) {
        var byHost = new LinkedHashMap<String, List<String>>();
        for (var link : links) {
            byHost.computeIfAbsent(host(link), h -> new ArrayList<>()).add(link);
        }
        var answered = new ConcurrentHashMap<String, Boolean>();
        var workers = Executors.newFixedThreadPool(Math.max(1, Math.min(hostsAtOnce, byHost.size())), r -> {
            var thread = new Thread(r, "link-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            var turns = byHost.values().stream()
                    .map(hostLinks -> workers.submit(() -> {
                        for (int i = 0; i < hostLinks.size(); i++) {
                            if (i > 0) {
                                Thread.sleep(pausePerHost.toMillis());
                            }
                            try {
                                answered.put(hostLinks.get(i), answers(hostLinks.get(i)));
                            } catch (RuntimeException e) {
                                // One odd address is that address's failure, not its host's others'.
                                answered.put(hostLinks.get(i), false);
                            }
                        }
                        return null;
                    }))
                    .toList();
            for (var turn : turns) {
                try {
                    turn.get();
                } catch (ExecutionException e) {
                    log.warn("A host's link check stopped", e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workers.shutdownNow();
        }
        return answered;
    }

    private static String host(String link) {
        try {
            var host = URI.create(link.strip()).getHost();
            return host == null ? "" : host.toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
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

    /** Records the answer; true when it differs from the one recorded before (the item's page shows it). */
    private boolean record(UUID agency, UUID evidence, boolean ok) {
        return jdbc.sql(
                        """
                                update disclosure_evidence set link_ok = :ok, link_checked_at = :at
                                where agency_id = :a and id = :id
                                returning (select e.link_ok from disclosure_evidence e
                                           where e.agency_id = :a and e.id = :id) is distinct from :ok
                                """)
                .param("a", agency)
                .param("id", evidence)
                .param("ok", ok)
                .param("at", Timestamp.from(clock.instant()))
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }
}
