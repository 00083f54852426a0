package org.beaconportal.it.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.beaconportal.it.newsletter.fixtures.NewsletterTestResource;
import org.beaconportal.it.support.PortalClient;
import org.beaconportal.it.support.PortalDeployment;
import org.beaconportal.it.support.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (its name keeps it out of the suite; {@code bench/newsletter/newsletter-send.sh}
 * runs it): one issue to {@code beacon.bench.subscribers} (10,000) confirmed subscribers through a
 * local SMTP sink (GreenMail), throttling off, the sending job's batches run back to back (100 per
 * request, so that no request outlasts the client's timeout). Reports the send time, the rate and
 * the server's heap.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsletterSendBenchmark {

    private static final int SUBSCRIBERS = Integer.getInteger("beacon.bench.subscribers", 10_000);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal().addPackage(NewsletterTestResource.class.getPackage());
    }

    @ArquillianResource
    URL base;

    @Test
    void sendOneIssueToManySubscribers() throws IOException {
        PortalClient client = new PortalClient(base);
        GreenMail sink = new GreenMail(new ServerSetup(TestSettings.SMTP_PORT, null, "smtp"));
        sink.start();
        try {
            call(client, "/api/test/newsletter/schedule?on=false");
            call(client, "/api/test/newsletter/reset");
            long seedStart = System.nanoTime();
            for (int done = 0; done < SUBSCRIBERS; done += 1000) {
                call(
                        client,
                        "/api/test/newsletter/subscribers?count=" + Math.min(1000, SUBSCRIBERS - done) + "&prefix=bench"
                                + done);
            }
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            String before = get(client, "/api/test/newsletter/memory?reset=true");

            long start = System.nanoTime();
            String issue = call(client, "/api/test/newsletter/issues?title=Benchmark");
            double queuedSeconds = (System.nanoTime() - start) / 1e9;
            String result;
            do {
                result = call(client, "/api/test/newsletter/issues/" + issue + "/batch?limit=100");
            } while (!result.endsWith("true"));
            double seconds = (System.nanoTime() - start) / 1e9;
            String after = get(client, "/api/test/newsletter/memory?reset=false");

            int received = sink.getReceivedMessages().length;
            String progress = get(client, "/api/test/newsletter/issues/" + issue + "/progress");
            String report = String.format(
                    "Newsletter send benchmark%n"
                            + "subscribers: %d (seeded in %.1f s)%n"
                            + "delivery records written in: %.1f s%n"
                            + "issue sent to all (records + SMTP) in: %.1f s (%.0f messages/s)%n"
                            + "messages received by the SMTP sink: %d%n"
                            + "progress (total,sent,waiting,failed,skipped,inDoubt,status): %s%n"
                            + "server heap MiB before (used,peak): %s; after (used,peak during send): %s%n"
                            + "java: %s, processors: %d%n",
                    SUBSCRIBERS,
                    seedSeconds,
                    queuedSeconds,
                    seconds,
                    SUBSCRIBERS / seconds,
                    received,
                    progress,
                    before,
                    after,
                    System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
            System.out.println(report);
            Files.writeString(Path.of("target", "newsletter-send-benchmark.txt"), report);
            assertEquals(SUBSCRIBERS, received);
            call(client, "/api/test/newsletter/reset");
            call(client, "/api/test/newsletter/schedule?on=true");
        } finally {
            sink.stop();
        }
    }

    private static String call(PortalClient client, String path) {
        HttpResponse<String> response = client.postForm(path, Map.of(), client.origin());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body().strip();
    }

    private static String get(PortalClient client, String path) {
        HttpResponse<String> response = client.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body().strip();
    }
}
