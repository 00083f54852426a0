package org.beaconportal.core.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the portal's background jobs (outbox, scheduled publishing, newsletter sending, action
 * reminders, and any module's own) on exactly one node of a cluster: each run first takes or renews
 * the job's {@link JobLeases lease}, and a heartbeat keeps the leases of this node alive during long
 * runs. When a node dies, its leases expire and the next node to try takes its jobs over. A single
 * node simply always holds every lease.
 *
 * <pre>{@code
 * jobs.every("newsletter-sending", Duration.ofSeconds(1), Duration.ofSeconds(1), sender::tick, ledger::requeueInterrupted);
 * }</pre>
 *
 * Tests do not go through this class: they call the jobs' own {@code runOnce()} methods directly.
 */
@ApplicationScoped
public class BackgroundJobs {

    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());

    @Inject
    JobLeases leases;

    @Resource(lookup = "concurrent/beaconScheduler")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "beacon.jobs.lease.seconds", defaultValue = "30")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "beacon.node.name")
    Optional<String> configuredNodeName;

    private final Map<String, Boolean> held = new ConcurrentHashMap<>();
    /** Runs share it; {@link #pause()} takes it alone, so no run is in progress while paused. */
    private final ReentrantReadWriteLock pauseLock = new ReentrantReadWriteLock();

    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
    private ScheduledFuture<?> heartbeat;
    private volatile String node;

    /** Runs {@code task} every {@code period} (first after {@code firstRun}) while this node holds {@code job}. */
    public void every(String job, Duration firstRun, Duration period, Runnable task) {
        every(job, firstRun, period, task, () -> {});
    }

    /**
     * As {@link #every(String, Duration, Duration, Runnable)}; {@code takeOver} runs first each time
     * this node starts holding the job (after a start, or when the previous holder died), to pick up
     * what an interrupted run left half done.
     */
    public synchronized void every(String job, Duration firstRun, Duration period, Runnable task, Runnable takeOver) {
        tasks.add(scheduler.scheduleAtFixedRate(
                () -> runIfHeld(job, task, takeOver), firstRun.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS));
        if (heartbeat == null) {
            long every = Math.max(1000L, leaseSeconds * 1000L / 3);
            heartbeat = scheduler.scheduleAtFixedRate(this::renewHeld, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** True while this node holds {@code job}: a long run checks it between steps and stops when it lost it. */
    public boolean stillHolds(String job) {
        return held.containsKey(job);
    }

    /** This node's name in the lease table: {@code beacon.node.name}, or host and server folder. */
    public String nodeName() {
        if (node == null) {
            node = configuredNodeName.filter(n -> !n.isBlank()).orElseGet(BackgroundJobs::defaultNodeName);
        }
        return node;
    }

    /**
     * Waits for running jobs of this node to finish and keeps new runs from starting until {@link
     * #resume()} (a restore replaces the data under them). Runs that come due meanwhile are skipped.
     */
    public void pause() {
        pauseLock.writeLock().lock();
    }

    /** Lets jobs run again after {@link #pause()}; called by the same thread. */
    public void resume() {
        pauseLock.writeLock().unlock();
    }

    private void runIfHeld(String job, Runnable task, Runnable takeOver) {
        if (!pauseLock.readLock().tryLock()) {
            return;
        }
        try {
            Optional<JobLeases.Grant> grant = leases.acquire(job, nodeName(), leaseDuration());
            if (grant.isEmpty()) {
                if (held.remove(job) != null) {
                    LOG.info(() -> "Background job " + job + " now runs on another node");
                }
                return;
            }
            if (held.putIfAbsent(job, Boolean.TRUE) == null) {
                String previous = grant.get().previousHolder();
                LOG.info(() -> "Background job " + job + " runs on this node (" + nodeName()
                        + (previous == null ? ")" : ", taken over from " + previous + ")"));
                takeOver.run();
            }
            task.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Background job " + job + " failed", e);
        } finally {
            pauseLock.readLock().unlock();
        }
    }

    private void renewHeld() {
        for (String job : held.keySet()) {
            try {
                if (!leases.renew(job, nodeName(), leaseDuration())) {
                    held.remove(job);
                    LOG.warning(() -> "Background job " + job + " was taken over by another node");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Lease of background job " + job + " not renewed", e);
            }
        }
    }

    private Duration leaseDuration() {
        return Duration.ofSeconds(Math.max(3, leaseSeconds));
    }

    @PreDestroy
    synchronized void stop() {
        tasks.forEach(t -> t.cancel(false));
        tasks.clear();
        if (heartbeat != null) {
            heartbeat.cancel(false);
            heartbeat = null;
        }
        for (String job : held.keySet()) {
            try {
                leases.release(job, nodeName());
            } catch (RuntimeException e) {
                // the lease expires by itself
            }
        }
        held.clear();
    }

    /** Host name plus a short digest of the server's folder: stable across restarts, distinct per server. */
    static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String folder = Path.of(System.getProperty("user.dir", "."))
                .toAbsolutePath()
                .normalize()
                .toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(folder.getBytes(StandardCharsets.UTF_8));
            return host + "-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
