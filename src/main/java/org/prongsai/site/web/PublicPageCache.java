package org.prongsai.site.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.framework.FrameworkCatalog;
import org.prongsai.shared.AfterCommit;
import org.prongsai.shared.AgencyId;
import org.prongsai.shared.CurrentAgency;
import org.prongsai.shared.PublicContentChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages as every anonymous reader sees them, kept rendered for a short while, so that a citizen's page
 * costs no query and no template. An event that changes what readers see ({@link PublicContentChanged}:
 * evidence or news published, a question answered, the profile edited) forgets that agency's pages once its
 * transaction commits, here and, through {@link PageChangeNotifications}, on every other instance; anything
 * else (a citizen's unanswered question, a sign-in) leaves them kept. A change made straight in the database
 * shows within the time to live. Signed-in staff, requests with a query and pages with forms are never cached.
 *
 * <p>It runs after the tenant filter (which sets the agency) and before sessions and security; the security
 * headers of the first rendering are kept with the page and sent again with every copy.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PublicPageCache extends OncePerRequestFilter {

    /** Set while a page that will be shared is rendered: such a page carries no CSRF token. */
    static final String SHARED_PAGE = "prongsaiSharedPage";

    private static final Pattern PAGES =
            Pattern.compile("^/(|about|contact|announcements|news(/[0-9a-f-]{36})?|oit/[0-9]{4}(/O[0-9]{1,3})?)$");
    // Each answer has its own request id (shared.web.RequestLog): a copy never carries the first reader's.
    private static final Set<String> NOT_REPLAYED = Set.of(
            HttpHeaders.SET_COOKIE,
            HttpHeaders.DATE,
            HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.CONTENT_TYPE,
            org.prongsai.shared.web.RequestLog.HEADER);

    private final boolean enabled;
    private final Cache<Key, Page> pages;
    private final String sessionCookie;
    private final Counter hits;
    private final Counter misses;
    // The latest changes, numbered: a page whose rendering overlapped a change to it may show the old data, so
    // it is not kept; changes to other pages do not matter. Only the latest are remembered: a rendering older
    // than all of them is not kept either.
    private static final int CHANGES_REMEMBERED = 4096;
    private final AtomicLong changes = new AtomicLong();
    private final ConcurrentSkipListMap<Long, PageChange> recentChanges = new ConcurrentSkipListMap<>();
    private final FrameworkCatalog frameworks;
    private final PageChangeNotifications notifications;
    private final ConcurrentHashMap<Key, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();
    // The OIT item pages of each meaning in every year, worked out from the frameworks once, not in every writer's
    // transaction: forgotten when a framework changes here, and after a minute for changes on other instances.
    private final Cache<List<String>, String> itemPagesOfMeanings = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(60))
            .maximumSize(200)
            .build();
    // A writer's pages as a pattern: the same few kinds of change recur, and compiling one each time showed in
    // the profile of staff writes.
    private final Cache<String, Pattern> patterns =
            Caffeine.newBuilder().maximumSize(1_000).build();

    PublicPageCache(
            @Value("${prongsai.page-cache.enabled:true}") boolean enabled,
            @Value("${prongsai.page-cache.time-to-live:60s}") Duration timeToLive,
            @Value("${prongsai.page-cache.max-size:48MB}") org.springframework.util.unit.DataSize maxSize,
            @Value("${server.servlet.session.cookie.name:PRONGSAI_SESSION}") String sessionCookie,
            MeterRegistry meters,
            PageChangeNotifications notifications,
            AgencyManagement agencies,
            FrameworkCatalog frameworks) {
        this.frameworks = frameworks;
        this.enabled = enabled;
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                // Bounded by bytes, not pages: a heap sized for the application stays safe however many pages
                // are read (5,000 pages of 30 KB would be 150 MB).
                .maximumWeight(maxSize.toBytes())
                .weigher(PublicPageCache::weight)
                .build();
        this.sessionCookie = sessionCookie;
        this.notifications = notifications;
        // Another instance changed an agency: what this one keeps of its profile is as stale as its pages.
        notifications.onChangeElsewhere(change -> {
            change.agency().ifPresent(agencies::forgetKept);
            forgetHere(change);
        });
        this.hits = Counter.builder("prongsai.page.cache").tag("result", "hit").register(meters);
        this.misses =
                Counter.builder("prongsai.page.cache").tag("result", "miss").register(meters);
    }

    /** One page: the agency, the language, the address it was asked at (host included: sharing cards are absolute). */
    record Key(AgencyId agency, String language, String site, String uri, String path) {}

    record Page(String contentType, List<Map.Entry<String, String>> headers, byte[] body) {}

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var agency = CurrentAgency.find();
        if (!enabled || agency.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var key = key(agency.get(), request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        var page = pages.getIfPresent(key);
        if (page != null) {
            hits.increment();
            send(page, response);
            return;
        }
        // After a change a crowd of readers costs one rendering, not one each: the others wait for it.
        var mine = new CompletableFuture<Page>();
        var theirs = rendering.putIfAbsent(key, mine);
        if (theirs != null) {
            page = await(theirs);
            if (page != null) {
                hits.increment();
                send(page, response);
            } else {
                // It could not be kept (it changed meanwhile, or differs by reader): render it for this one.
                chain.doFilter(request, response);
            }
            return;
        }
        try {
            misses.increment();
            mine.complete(render(key, request, response, chain));
        } finally {
            mine.complete(null);
            rendering.remove(key, mine);
        }
    }

    /** The page another reader's request is rendering, once it is ready; null if it could not be kept. */
    private static Page await(CompletableFuture<Page> rendering) {
        try {
            return rendering.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** Renders the page for this reader, and keeps it when it is the same for everyone. */
    private Page render(Key key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long changesBefore = changes.get();
        request.setAttribute(SHARED_PAGE, Boolean.TRUE);
        var recorded = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorded);
        Page page = null;
        if (recorded.getStatus() == HttpServletResponse.SC_OK
                && recorded.getContentType() != null
                && recorded.getContentType().startsWith("text/html")
                && recorded.getHeader(HttpHeaders.SET_COOKIE) == null
                && !changedSince(changesBefore, key)) {
            page = record(recorded);
            pages.put(key, page);
        }
        recorded.copyBodyToResponse();
        return page;
    }

    /**
     * Runs inside the transaction that made the change: once it has committed (never on a rollback), this
     * instance forgets, so that no reader in between gets the old page kept again, and the other instances are
     * told by the notifications' own sender. No second connection is taken while the writer holds one.
     */
    @EventListener
    void on(PublicContentChanged event) {
        if (event instanceof org.prongsai.framework.FrameworkChanged) {
            itemPagesOfMeanings.invalidateAll();
        }
        var change = new PageChange(event.changedAgency(), patterns.get(pagesOf(event), Pattern::compile));
        notifications.publish(change);
        AfterCommit.run(() -> forgetHere(change));
    }

    /**
     * The event's own pages and, for what it is OIT evidence of, each year's catalogue and the pages of the
     * items that carry that meaning in that year (O7 in 2567, O4 in 2569 for news).
     */
    private String pagesOf(PublicContentChanged event) {
        if (event.oitMeanings().isEmpty()) {
            return event.pages();
        }
        return event.pages() + itemPagesOfMeanings.get(List.copyOf(event.oitMeanings()), this::itemPages);
    }

    private String itemPages(List<String> meanings) {
        var out = new StringBuilder("|/oit|/oit/[0-9]{4}");
        for (var framework : frameworks.all()) {
            for (var meaning : meanings) {
                for (var item : framework.itemsMeaning(meaning)) {
                    out.append("|/oit/")
                            .append(framework.fiscalYear())
                            .append('/')
                            .append(item.id());
                }
            }
        }
        return out.toString();
    }

    private void forgetHere(PageChange change) {
        long number = changes.incrementAndGet();
        recentChanges.put(number, change);
        if (number > CHANGES_REMEMBERED) {
            recentChanges.headMap(number - CHANGES_REMEMBERED).clear();
        }
        pages.asMap().keySet().removeIf(k -> change.covers(k.agency(), k.path()));
    }

    private boolean changedSince(long before, Key key) {
        if (changes.get() == before) {
            return false;
        }
        var since = recentChanges.tailMap(before, false);
        return since.isEmpty()
                || since.firstKey() > before + 1
                || since.values().stream().anyMatch(c -> c.covers(key.agency(), key.path()));
    }

    /** About what a kept page holds in memory: its body, its headers, and the key and record around them. */
    static int weight(Key key, Page page) {
        long bytes = 256L + page.body().length + key.path().length() * 2L;
        for (var header : page.headers()) {
            bytes += 2L * (header.getKey().length() + header.getValue().length()) + 64;
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    private Key key(AgencyId agency, HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())
                || request.getQueryString() != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                // An htmx request may be answered with part of a page.
                || request.getHeader("HX-Request") != null) {
            return null;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (!PAGES.matcher(path).matches()) {
            return null;
        }
        String language = "th";
        var cookies = request.getCookies();
        if (cookies != null) {
            for (var cookie : cookies) {
                if (cookie.getName().equals(sessionCookie)) {
                    return null;
                }
                if (cookie.getName().equals("prongsai-lang")) {
                    language = switch (cookie.getValue()) {
                        case "en" -> "en";
                        case "th", "th-TH" -> "th";
                        default -> null;
                    };
                    if (language == null) {
                        return null;
                    }
                }
            }
        }
        var site = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        return new Key(agency, language, site, request.getRequestURI(), path);
    }

    private static Page record(ContentCachingResponseWrapper recorded) {
        var headers = new ArrayList<Map.Entry<String, String>>();
        for (var name : recorded.getHeaderNames()) {
            if (NOT_REPLAYED.stream().noneMatch(name::equalsIgnoreCase)) {
                recorded.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        return new Page(recorded.getContentType(), List.copyOf(headers), recorded.getContentAsByteArray());
    }

    private static void send(Page page, HttpServletResponse response) throws IOException {
        for (var header : page.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
