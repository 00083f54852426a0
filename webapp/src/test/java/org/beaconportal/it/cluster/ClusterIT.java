package org.beaconportal.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.beaconportal.it.browser.Browser;
import org.beaconportal.it.browser.pages.ContentEditorPage;
import org.beaconportal.it.browser.pages.ContentListPage;
import org.beaconportal.it.browser.pages.LoginPage;
import org.beaconportal.it.newsletter.NewsletterPages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Two packaged Beacon nodes ({@code mvn -Ppackage package}) behind nginx on one PostgreSQL, each
 * configured by environment variables only ({@code BEACON_CLUSTER=true}), sharing one data folder.
 * Needs nginx, Chromium and PostgreSQL (the database given by {@code BEACON_DB_HOST}, {@code _PORT},
 * {@code _USER}, {@code _PASSWORD} and {@code -Dbeacon.cluster.db.name}; its schema is emptied
 * first). Not part of the default {@code mvn verify}; {@code .ci/run} runs it. The nodes are
 * killed with SIGKILL, as in a crash.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ClusterIT.NodeLogsOnFailure.class)
class ClusterIT {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "cluster-admin-passphrase-7";
    static final int NGINX_PORT = 9580;
    static final int SMTP_PORT = 9525;
    static final Duration START = Duration.ofMinutes(4);

    private final Path work = Path.of("target", "cluster").toAbsolutePath();
    private final ExternalDatabase database = ExternalDatabase.named("beacon.cluster.db.name", "beacon_cluster");
    private final String word = randomWord();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private SmtpSink smtp;
    private PackagedNode nodeA;
    private PackagedNode nodeB;
    private Nginx nginx;
    private Browser browser;
    private long pageId;

    @BeforeAll
    void startTheCluster() throws Exception {
        Path archive = Path.of(System.getProperty("beacon.package", "target/beacon-server.zip"));
        assertTrue(Files.isRegularFile(archive), "No server archive at " + archive + ": build it with -Ppackage");
        assertTrue(Files.isExecutable(Nginx.BINARY), "nginx is not installed");
        ExternalDatabase.deleteFolder(work);
        Files.createDirectories(work);
        database.empty();
        smtp = new SmtpSink(SMTP_PORT);
        Map<String, String> settings = new HashMap<>(database.serverSettings());
        settings.putAll(Map.of(
                "BEACON_CLUSTER",
                "true",
                "BEACON_DATA_DIR",
                work.resolve("shared-data").toString(),
                "BEACON_ADMIN_PASSWORD",
                ADMIN_PASSWORD,
                "BEACON_MAIL_HOST",
                "localhost",
                "BEACON_MAIL_PORT",
                String.valueOf(SMTP_PORT),
                "BEACON_JOBS_LEASE_SECONDS",
                "6"));
        nodeA = new PackagedNode("node-a", archive, work.resolve("node-a"), 9581, 9591, settings);
        nodeB = new PackagedNode("node-b", archive, work.resolve("node-b"), 9582, 9592, settings);
        // The first node creates the schema and the shared login keys; then the second joins.
        nodeA.start(START);
        nodeB.start(START);
        nginx = new Nginx(work.resolve("nginx"), NGINX_PORT, List.of(nodeA, nodeB));
        browser = Browser.launch();
    }

    @AfterAll
    void stopTheCluster() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (nginx != null) {
            nginx.close();
        }
        for (PackagedNode node : new PackagedNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.stop();
            }
        }
        if (smtp != null) {
            smtp.close();
        }
    }

    @Test
    @Order(1)
    void anEditThroughOneNodeIsSeenAtOnceThroughTheOtherAndFoundByItsSearch() throws Exception {
        LoginPage.open(browser, nodeA.base()).logInAs(ADMIN, ADMIN_PASSWORD);
        ContentEditorPage editor = ContentListPage.open(browser, nodeA.base())
                .newPage()
                .typeTitle("Night shelters " + word)
                .typeSummary("Where to sleep safely tonight.")
                .typeBody("Beds for tonight near " + word + ".")
                .save();
        editor.takeStep("Publish");
        assertEquals("Published", editor.status());
        pageId = editor.id();
        String path = "/pages/night-shelters-" + word;

        assertTrue(get(nodeB.base(), path).contains("Beds for tonight near " + word), "B reads what A saved");

        ContentEditorPage.open(browser, nodeA.base(), pageId)
                .typeBody("Beds and hot meals near " + word + ".")
                .save();
        String onB = get(nodeB.base(), path);
        assertTrue(onB.contains("Beds and hot meals near " + word), "B shows A's change at once");
        assertFalse(onB.contains("Beds for tonight near"), "nothing stale on B");

        // Indexing runs in the background (on whichever node holds the outbox): wait for it.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String results;
        do {
            Thread.sleep(250);
            results = get(nodeB.base(), "/search?q=" + word);
        } while (!results.contains("Night shelters " + word) && System.nanoTime() < deadline);
        assertTrue(results.contains("Night shelters " + word), "B's search finds the page saved through A");
    }

    @Test
    @Order(2)
    void aStaffMemberGoesOnThroughTheOtherNodeWhenTheirNodeIsKilledAndTheTypedTextIsKept() throws Exception {
        browser.forgetCookies();
        LoginPage.open(browser, nginx.base()).logInAs(ADMIN, ADMIN_PASSWORD);
        ContentEditorPage editor = ContentEditorPage.open(browser, nginx.base(), pageId);
        PackagedNode serving = servingNode();
        PackagedNode other = serving == nodeA ? nodeB : nodeA;
        editor.typeBody("Typed while the node died, near " + word + ".").awaitAutosave();

        serving.kill();
        try {
            ContentEditorPage reopened = ContentEditorPage.open(browser, nginx.base(), pageId);

            assertEquals(other, servingNode(), "the session moved to the other node, still logged in");
            assertTrue(reopened.offersUnsavedText(), "the text typed on the dead node is offered");
            reopened.restoreUnsavedText().save();
            assertEquals(List.of("Saved."), reopened.messages());
            assertTrue(get(other.base(), "/pages/night-shelters-" + word).contains("Typed while the node died"));
        } finally {
            serving.start(START);
        }
    }

    @Test
    @Order(3)
    void aNewsletterSendCompletesFromTheOtherNodeWhenTheSendingNodeIsKilled() throws Exception {
        int subscribers = 40;
        addConfirmedSubscribers(subscribers);
        smtp.holdMessage(15);
        NewsletterPages.IssueComposerPage.openNew(browser, nginx.base())
                .compose(
                        "Cluster issue " + word, "Boletín " + word, "Trainings this month.", "Capacitaciones este mes.")
                .save()
                .sendNow();
        assertTrue(smtp.awaitHolding(Duration.ofSeconds(90)), "the send started");
        PackagedNode sender = leaseHolder("newsletter-sending").equals(nodeA.name()) ? nodeA : nodeB;

        sender.kill();

        assertTrue(
                smtp.awaitReceived(subscribers, Duration.ofSeconds(240)),
                "every subscriber got the issue: " + smtp.received().size());
        Map<String, Long> copies = smtp.received().stream()
                .filter(m -> m.recipient().endsWith("-" + word + "@example.org"))
                .collect(Collectors.groupingBy(SmtpSink.Received::recipient, Collectors.counting()));
        assertEquals(subscribers, copies.size(), "nobody left out");
        assertTrue(copies.values().stream().allMatch(c -> c == 1), "nobody twice: " + copies);
        assertEquals(0, count("select count(*) from newsletter_delivery where state <> 'SENT'"));
    }

    /** The node that answered the browser's session through nginx. */
    private PackagedNode servingNode() throws Exception {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(nginx.base() + "/admin"))
                        .header("Cookie", cookies)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), "still logged in");
        String upstream = response.headers().firstValue("X-Beacon-Upstream").orElseThrow();
        String last = upstream.substring(upstream.lastIndexOf(',') + 1).trim();
        return last.endsWith(":" + nodeA.port()) ? nodeA : nodeB;
    }

    private String get(URL base, String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + " on " + base);
        return response.body();
    }

    private void addConfirmedSubscribers(int count) throws SQLException {
        try (Connection c = database.connect();
                PreparedStatement insert = c.prepareStatement(
                        "insert into newsletter_subscriber (id, email, name, language, interests, status, created_at,"
                                + " confirmed_at, consent_at, consent_source, consent_text_version)"
                                + " values (?, ?, ?, ?, 'events,news,publications,trainings', 'CONFIRMED', ?, ?, ?,"
                                + " 'cluster test', '1')")) {
            OffsetDateTime now = OffsetDateTime.now();
            for (int i = 0; i < count; i++) {
                insert.setLong(1, 900_000_000L + i);
                insert.setString(2, "reader-" + i + "-" + word + "@example.org");
                insert.setString(3, "Reader " + i);
                insert.setString(4, i % 2 == 0 ? "en" : "es");
                insert.setObject(5, now);
                insert.setObject(6, now);
                insert.setObject(7, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private String leaseHolder(String job) throws SQLException {
        try (Connection c = database.connect();
                PreparedStatement query = c.prepareStatement("select holder from core_job_lease where job = ?")) {
            query.setString(1, job);
            try (ResultSet rs = query.executeQuery()) {
                assertTrue(rs.next(), "nobody holds " + job);
                return rs.getString(1);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String randomWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** On a failure, prints the end of both nodes' logs (the test report keeps them). */
    static final class NodeLogsOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            context.getTestInstance().map(ClusterIT.class::cast).ifPresent(test -> Stream.of(test.nodeA, test.nodeB)
                    .filter(java.util.Objects::nonNull)
                    .map(n -> n.logTail(60))
                    .forEach(System.out::println));
        }
    }
}
