package io.hzclient.test;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Hazelcast member in its own JVM ({@link MemberMain}), for what an in-JVM member cannot do: die by {@code kill -9}
 * ({@link #kill()}), come back on the same port ({@link #restart()}), or run another Hazelcast version
 * ({@link Builder#hazelcastJar}, e.g. {@code memberJar("5.4.0")} for the CP Subsystem).
 *
 * <pre>
 * try (TestCluster cluster = TestCluster.start(1);
 *      SeparateJvmMember other = SeparateJvmMember.builder(cluster.clusterName()).members(cluster.addresses()).start()) {
 *     other.kill();
 *     other.restart();
 * }
 * </pre>
 *
 * The member's output goes to {@link #logFile()} under {@code target/member-logs/}. It logs through JDK logging, so it
 * needs nothing but the Hazelcast jar. It dies with the test JVM, even one killed: it terminates when its stdin closes.
 */
public final class SeparateJvmMember implements AutoCloseable {
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(40);
    /** The JDK internals Hazelcast 5.x asks for (it warns and runs slower without them). */
    private static final List<String> ADD_OPENS = List.of("--add-modules", "java.se",
            "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens", "java.management/sun.management=ALL-UNNAMED",
            "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED");

    private final Builder settings;
    private final int port;
    private final Path logFile;
    private Process process;
    private volatile String uuid;
    private final BlockingQueue<Boolean> safeAnswers = new LinkedBlockingQueue<>();

    private SeparateJvmMember(Builder settings, int port, Path logFile) {
        this.settings = settings;
        this.port = port;
        this.logFile = logFile;
    }

    /** A member of the cluster {@code clusterName}; set at least the addresses of the members it should join. */
    public static Builder builder(String clusterName) {
        return new Builder(clusterName);
    }

    /**
     * The jar of Hazelcast {@code version} that the build copies to {@code target/members/} (see hz-client-core's pom,
     * phase generate-test-resources). Fails with a clear message if it is not there.
     */
    public static Path memberJar(String version) {
        Path jar = targetDir().resolve("members").resolve("hazelcast-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: add the version to the maven-dependency-plugin copy"
                    + " execution of hz-client-core/pom.xml and run mvn generate-test-resources");
        }
        return jar;
    }

    public int port() {
        return port;
    }

    /** {@code "127.0.0.1:port"}. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    /** The member's UUID as it printed it when ready; a restart changes it. */
    public String uuid() {
        return uuid;
    }

    public Path logFile() {
        return logFile;
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** {@code kill -9}: no shutdown hook, no goodbye to the cluster; returns once the process is gone. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor(process);
        }
    }

    /** Graceful shutdown (partitions migrate first); returns once the process is gone, killing it after 40 s. */
    public synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.write("shutdown\n".getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        } catch (IOException e) {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    /** {@code kill -STOP}: the process stays, but answers nothing (no heartbeat, no backup) until {@link #thaw()}. */
    public synchronized void freeze() {
        signal("STOP");
    }

    /** {@code kill -CONT}: a frozen member runs on. */
    public synchronized void thaw() {
        signal("CONT");
    }

    private void signal(String name) {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException("member " + address() + " is not running");
        }
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling " + address(), e);
        }
    }

    /**
     * Waits until the cluster, as this member sees it, is safe: every partition has its owner and its backups in
     * sync, so losing any one member loses nothing.
     */
    public void awaitClusterSafe(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (askClusterSafe()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a safe cluster", e);
            }
        }
        throw new IllegalStateException("the cluster was not safe within " + timeout + " (asked " + address()
                + "; see " + logFile + ")");
    }

    private boolean askClusterSafe() {
        Process p;
        synchronized (this) {
            p = process;
            if (p == null || !p.isAlive()) {
                throw new IllegalStateException("member " + address() + " is not running");
            }
            safeAnswers.clear();
            try {
                OutputStream stdin = p.getOutputStream();
                stdin.write("cluster-safe\n".getBytes(StandardCharsets.UTF_8));
                stdin.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            Boolean safe = safeAnswers.poll(30, TimeUnit.SECONDS);
            if (safe == null) {
                throw new IllegalStateException("member " + address() + " did not say whether the cluster is safe");
            }
            return safe;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + address(), e);
        }
    }

    /** Kills the member if it still runs, then starts it again on the same port; returns once it is ready. */
    public synchronized void restart() {
        kill();
        awaitPortFree();
        launch();
    }

    /**
     * Waits until the member's port can be listened on again. A client that keeps dialling a dead member's port on
     * loopback can be given that very port as its own end, a socket connected to itself, which holds the port until
     * the client gives the connection up (seen once in CI: the restarted member could not bind).
     */
    private void awaitPortFree() {
        long deadline = System.nanoTime() + settings.startTimeout.toNanos();
        while (true) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.bind(new InetSocketAddress("127.0.0.1", port));
                return;
            } catch (IOException inUse) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("port " + port + " is still in use after " + settings.startTimeout
                            + "; member " + address() + " cannot start again", inUse);
                }
            }
            try {
                Thread.sleep(100); // polling the port until the deadline, not racing a call
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for port " + port, e);
            }
        }
    }

    /** Kills the member. */
    @Override
    public void close() {
        kill();
    }

    @Override
    public String toString() {
        return "SeparateJvmMember{" + address() + ", cluster=" + settings.clusterName + ", log=" + logFile + '}';
    }

    private synchronized void launch() {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + settings.heap);
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dhazelcast.logging.type=jdk");
        command.add("-Dhazelcast.phone.home.enabled=false");
        command.add("-Djava.net.preferIPv4Stack=true");
        command.addAll(ADD_OPENS);
        command.addAll(settings.jvmArgs);
        command.add("-cp");
        command.add(classpath());
        command.add(MemberMain.class.getName());
        command.add("--cluster");
        command.add(settings.clusterName);
        command.add("--port");
        command.add(Integer.toString(port));
        List<String> members = new ArrayList<>(settings.members);
        if (!members.contains(address())) {
            members.add(address());
        }
        command.add("--members");
        command.add(String.join(",", members));
        command.addAll(settings.memberArgs);

        uuid = null;
        CompletableFuture<String> ready = new CompletableFuture<>();
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "==== " + LocalTime.now() + " starting: " + String.join(" ", command) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a member JVM", e);
        }
        Process started = process;
        Thread pump = new Thread(() -> pumpOutput(started, ready), "member-output-" + port);
        pump.setDaemon(true);
        pump.start();
        try {
            uuid = ready.get(settings.startTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            started.destroyForcibly();
            throw new IllegalStateException("Member " + address() + " did not start within " + settings.startTimeout
                    + "; see " + logFile, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.destroyForcibly();
            throw new IllegalStateException("Interrupted while starting member " + address(), e);
        }
    }

    /** Copies the member's output to the log file and completes {@code ready} with its UUID once it prints it. */
    private void pumpOutput(Process p, CompletableFuture<String> ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
            for (String line; (line = in.readLine()) != null; ) {
                log.println(line);
                if (line.startsWith(MemberMain.CLUSTER_SAFE)) {
                    safeAnswers.offer(line.endsWith("true"));
                }
                if (line.startsWith(MemberMain.READY)) {
                    ready.complete(line.substring(line.indexOf("uuid=") + 5).trim());
                }
            }
            log.println("==== " + LocalTime.now() + " process ended");
        } catch (IOException ignored) {
            // the process is gone
        } finally {
            ready.completeExceptionally(new IllegalStateException("the member JVM exited before it was ready"));
        }
    }

    private String classpath() {
        if (settings.hazelcastJar == null) {
            return System.getProperty("java.class.path");
        }
        List<Path> entries = new ArrayList<>();
        entries.add(settings.hazelcastJar);
        entries.add(codeSource(MemberMain.class));
        entries.addAll(settings.extraClasspath);
        List<String> parts = new ArrayList<>();
        entries.forEach(e -> parts.add(e.toAbsolutePath().toString()));
        return String.join(File.pathSeparator, parts);
    }

    private static void waitFor(Process p) {
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("member process " + p.pid() + " did not die within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The build's target directory, found from where the test classes were loaded ({@code target/test-classes}). */
    static Path targetDir() {
        return codeSource(MemberMain.class).getParent();
    }

    /** What to start; {@link #start()} launches the JVM and waits until the member is ready. */
    public static final class Builder {
        private final String clusterName;
        private final List<String> members = new ArrayList<>();
        private final List<String> jvmArgs = new ArrayList<>();
        private final List<String> memberArgs = new ArrayList<>();
        private final List<Path> extraClasspath = new ArrayList<>();
        private int port;
        private Path hazelcastJar;
        private String heap = "384m";
        private Duration startTimeout = Duration.ofSeconds(90);

        private Builder(String clusterName) {
            this.clusterName = clusterName;
        }

        /** Addresses ({@code "127.0.0.1:port"}) of the members to join; the member's own address is added. */
        public Builder members(List<String> addresses) {
            members.addAll(addresses);
            return this;
        }

        /** The port to listen on; a free one by default. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Run this Hazelcast jar (see {@link #memberJar}) instead of the test classpath's 5.7.0; the classpath is then
         * the jar, the test classes (for {@link MemberMain}) and {@link #classpath} entries.
         */
        public Builder hazelcastJar(Path jar) {
            this.hazelcastJar = jar;
            return this;
        }

        /** More classpath entries next to {@link #hazelcastJar} (e.g. hazelcast-sql of the same version). */
        public Builder classpath(Path... entries) {
            extraClasspath.addAll(List.of(entries));
            return this;
        }

        /** Extra JVM options, e.g. {@code -Dhazelcast.some.property=x}. */
        public Builder jvmArgs(String... args) {
            jvmArgs.addAll(List.of(args));
            return this;
        }

        /** Enables the CP Subsystem with this many CP members (5.4.0 and older without a license). */
        public Builder cpMembers(int count) {
            memberArgs.add("--cp-members");
            memberArgs.add(Integer.toString(count));
            return this;
        }

        /** CP sessions that expire after {@code ttlSeconds} without a heartbeat, expected every {@code heartbeat}. */
        public Builder cpSessions(int ttlSeconds, int heartbeatSeconds) {
            memberArgs.addAll(List.of("--cp-session-ttl", Integer.toString(ttlSeconds),
                    "--cp-session-heartbeat", Integer.toString(heartbeatSeconds)));
            return this;
        }

        /** A CP semaphore of that name (without group) that is JDK-compatible (sessionless). */
        public Builder jdkCompatibleSemaphore(String name) {
            memberArgs.addAll(List.of("--cp-jdk-semaphore", name));
            return this;
        }

        /** Enables Jet (needed by SQL). */
        public Builder jet() {
            memberArgs.add("--jet");
            return this;
        }

        /** A Hazelcast property set in the member's Config. */
        public Builder property(String key, String value) {
            memberArgs.add("--property");
            memberArgs.add(key + "=" + value);
            return this;
        }

        /** Maximum heap of the member JVM; 384m by default. */
        public Builder heap(String heap) {
            this.heap = heap;
            return this;
        }

        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        public SeparateJvmMember start() {
            int chosen = port > 0 ? port : FreePorts.next();
            Path log = targetDir().resolve("member-logs").resolve(clusterName + "-" + chosen + ".log");
            SeparateJvmMember member = new SeparateJvmMember(this, chosen, log);
            member.launch();
            return member;
        }
    }
}
