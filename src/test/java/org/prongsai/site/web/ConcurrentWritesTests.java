package org.prongsai.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.prongsai.support.Browser;
import org.prongsai.support.ProngsaiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Sixty-four writers at once against a pool of four connections: no request may hold one connection while it
 * waits for a second (the page cache's notice to other instances once did, and sixteen writers deadlocked the
 * site). A connection time-out of 5 s makes a deadlock fail here in seconds rather than hang.
 */
@ProngsaiTest
@TestPropertySource(
        properties = {
            "prongsai.database.pool-size=4",
            "prongsai.database.connection-timeout=5s",
            "prongsai.flood.enabled=false"
        })
class ConcurrentWritesTests {

    private static final int WRITERS = 64;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sixtyFourCitizensAskAtOnce() throws Exception {
        var answers = all(i -> {
            var citizen = new Browser(port);
            citizen.get("/qa");
            return citizen.post(
                    "/qa", Map.of("name", "", "question", "คำถามพร้อมกันหมายเลข " + i + " ครับ", "website", ""));
        });
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(302));
        assertThat(count("select count(*) from participation_question where question like 'คำถามพร้อมกันหมายเลข %'"))
                .isEqualTo(WRITERS);
    }

    @Test
    void sixtyFourNewsItemsArePublishedAtOnceWhileCitizensRead() throws Exception {
        var staff = new Browser(port);
        staff.signIn("ita", "prongsai-demo", null);
        staff.get("/admin/news");
        var token = staff.csrf();
        var answers = all(i -> i % 2 == 0
                ? staff.send(form(
                        "/admin/news",
                        Map.of(
                                "title",
                                "ข่าวพร้อมกันหมายเลข " + i,
                                "body",
                                "เนื้อข่าว",
                                "publishedOn",
                                "2026-11-20",
                                "_csrf",
                                token)))
                : new Browser(port).get("/news"));
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 302));
        assertThat(count("select count(*) from news_item where title like 'ข่าวพร้อมกันหมายเลข %'"))
                .isEqualTo(WRITERS / 2);
        assertThat(new Browser(port).get("/news").body()).contains("ข่าวพร้อมกันหมายเลข 62");
    }

    @Test
    void sixtyFourPiecesOfOitEvidenceArePublishedAtOnce() throws Exception {
        var staff = new Browser(port);
        staff.signIn("ita", "prongsai-demo", null);
        staff.get("/admin/oit/2567/O36");
        var token = staff.csrf();
        var answers = all(i -> staff.send(form(
                "/admin/oit/2567/O36",
                Map.of(
                        "title",
                        "หลักฐานพร้อมกันหมายเลข " + i,
                        "body",
                        "ข้อความ",
                        "dataYear",
                        "2568",
                        "_csrf",
                        token))));
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(302));
        assertThat(count("select count(*) from disclosure_evidence where title like 'หลักฐานพร้อมกันหมายเลข %'"))
                .isEqualTo(WRITERS);
        assertThat(new Browser(port).get("/oit/2567/O36").body()).contains("หลักฐานพร้อมกันหมายเลข 63");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private HttpRequest form(String path, Map<String, String> fields) {
        var body = new LinkedHashMap<>(fields)
                .entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Runs the writers together, released at the same moment, and gives back every answer. */
    private static List<HttpResponse<String>> all(IntFunction<HttpResponse<String>> writer) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(WRITERS);
        try {
            var futures = new ArrayList<java.util.concurrent.Future<HttpResponse<String>>>();
            for (int i = 0; i < WRITERS; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return writer.apply(n);
                }));
            }
            start.countDown();
            var answers = new ArrayList<HttpResponse<String>>();
            for (var future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
