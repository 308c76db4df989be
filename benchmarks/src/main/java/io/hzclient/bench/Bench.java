package io.hzclient.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;

/**
 * hz-client against the official Hazelcast Java client: one member in its own JVM, each client in its own JVM
 * (ours with JVM defaults; the official client twice, with its defaults and with
 * {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=2}, its best), every scenario run on ours and on the
 * official client in turn, then one table on stdout ({@link #HEADER}): throughput, ratio, p99, and for each measured
 * line the client JVM's CPU per call, the member JVMs' CPU per call and how busy the machine was. Progress and
 * details go to stderr.
 *
 * <p>The three-member lines ({@link #THREE_MEMBER_SCENARIOS}) run on a cluster of three 5.7.0 members in their own
 * JVMs ({@link ThreeMemberCluster}), started only when one of them is selected.
 *
 * <p>The CP lines ({@link #CP_SCENARIOS}) run on a cluster of their own, three Hazelcast 5.4.0 members in their own
 * JVMs ({@link CpCluster}), started only when one of them is selected. Their official side is the official client
 * 5.4.0 (the 5.7.0 client has no CP Subsystem), in a worker of its own.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar [--short|--full|--smoke] [--only a,b] [--warmup-ms N]
 * [--measure-ms N] [--rounds N]}
 */
public final class Bench {
    static final String HEADER = "scenario ours official ratio ours_p99_us official_p99_us ours_cpu_us official_cpu_us"
            + " ours_member_cpu_us official_member_cpu_us ours_busy_pct official_busy_pct";

    /** The columns after {@code ratio} and the p99s that only measured lines fill: "-" each on the others. */
    private static final String NO_CPU = " - - - - - -";

    /** Every line of the table, in order. */
    static final List<String> SCENARIOS = List.of(
            "sync-get-1", "sync-get-16", "sync-get-64", "sync-put-1", "sync-put-16", "sync-put-64",
            "async-get-64", "async-get-256", "async-put-64", "async-put-256", "async-get-64-default",
            "getall-100", "putall-100", "sync-get-16-3m", "async-get-256-3m", "getall-100-3m",
            "app-get-1-plus-2-cpu", "app-cpu-work-1-plus-2", "nearcache-get-1", "alloc-get", "alloc-put", "start-ms",
            "nearcache-heap-per-entry", "loopback-pingpong-30", "sync-get-1-vs-loopback", "sync-put-1-vs-loopback",
            "member-get-floor-1", "sync-get-1-vs-floor", "nearcache-get-1-vs-sync-get-1",
            "queue-offer-poll-1", "queue-pipeline-4x4", "set-add-16", "multimap-put-get-16",
            "executor-submit-16", "values-predicate-10k", "aggregate-sum-10k", "project-10k", "execute-on-entries-10k",
            "paging-100x100",
            "sql-select-1k-rows", "sql-select-by-key-16",
            "atomiclong-increment-1", "atomiclong-increment-16", "fencedlock-lock-unlock-1");

    /** The lines on the CP cluster ({@link CpCluster}: three 5.4.0 members, started only when one of these runs). */
    static final List<String> CP_SCENARIOS = List.of(
            "atomiclong-increment-1", "atomiclong-increment-16", "fencedlock-lock-unlock-1");

    /**
     * The lines on the three-member cluster ({@link ThreeMemberCluster}: three 5.7.0 members, started only when one of
     * these runs): the same work as the line without {@code -3m}.
     */
    static final List<String> THREE_MEMBER_SCENARIOS = List.of("sync-get-16-3m", "async-get-256-3m", "getall-100-3m");

    /** The app line's gets; its CPU-bound threads' work is the line {@link #APP_WORK}. */
    static final String APP_GETS = "app-get-1-plus-2-cpu";
    static final String APP_WORK = "app-cpu-work-1-plus-2";

    private static final Set<String> MEASURED = Set.of(
            "sync-get-1", "sync-get-16", "sync-get-64", "sync-put-1", "sync-put-16", "sync-put-64",
            "async-get-64", "async-get-256", "async-put-64", "async-put-256", "async-get-64-default",
            "getall-100", "putall-100", "sync-get-16-3m", "async-get-256-3m", "getall-100-3m", APP_GETS,
            "nearcache-get-1", "queue-offer-poll-1", "queue-pipeline-4x4", "set-add-16",
            "multimap-put-get-16", "executor-submit-16", "values-predicate-10k", "aggregate-sum-10k", "project-10k",
            "execute-on-entries-10k", "paging-100x100", "sql-select-1k-rows", "sql-select-by-key-16",
            "atomiclong-increment-1", "atomiclong-increment-16", "fencedlock-lock-unlock-1");

    /**
     * What each client runs before anything is measured: the map's get and put paths, and every structure or query
     * line the run wants. The member compiles a query's path over many seconds (a query line's first rounds ran at
     * half the speed of its last), so without this the first client measured would pay for it.
     */
    static List<String> warmUps(Settings settings) {
        List<String> warmUps = new ArrayList<>(List.of("sync-get-16", "sync-put-16", "async-get-64", "async-put-64",
                "getall-100", "putall-100", "sync-get-1"));
        for (String scenario : THREE_MEMBER_SCENARIOS) {
            if (settings.wants(scenario)) {
                warmUps.add(scenario); // the client of the three members connects and fills its map here
            }
        }
        if (settings.wants(APP_GETS) || settings.wants(APP_WORK)) {
            warmUps.add(APP_GETS);
        }
        for (String scenario : SCENARIOS.subList(SCENARIOS.indexOf("queue-offer-poll-1"), SCENARIOS.size())) {
            if (settings.wants(scenario)) {
                warmUps.add(scenario);
            }
        }
        return warmUps;
    }

    /** What Hazelcast 5.x asks the JVM to open (it warns and takes slower paths without them). */
    static final List<String> ADD_OPENS = List.of("--add-modules", "java.se",
            "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens", "java.management/sun.management=ALL-UNNAMED",
            "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED");

    private Bench() {
    }

    /** How long each part runs. */
    record Settings(String mode, long warmupMs, long measureMs, int rounds, long warmEachMs, String heap,
                    List<String> only) {
        /** Entries in the near cache for nearcache-heap-per-entry (a smoke run only checks that it runs). */
        int heapEntries() {
            return mode.equals("smoke") ? 2_000 : 100_000;
        }

        static Settings parse(String... args) {
            String mode = "short";
            Long warmup = null;
            Long measure = null;
            Integer rounds = null;
            List<String> only = List.of();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--short" -> mode = "short";
                    case "--full" -> mode = "full";
                    case "--smoke" -> mode = "smoke";
                    case "--warmup-ms" -> warmup = Long.parseLong(args[++i]);
                    case "--measure-ms" -> measure = Long.parseLong(args[++i]);
                    case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                    case "--only" -> only = Arrays.asList(args[++i].split(","));
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]
                            + "; use [--short|--full|--smoke] [--only a,b] [--warmup-ms N] [--measure-ms N] [--rounds N]");
                }
            }
            Settings base = switch (mode) {
                case "full" -> new Settings(mode, 3000, 10_000, 3, 3000, "-Xmx2g", only);
                case "smoke" -> new Settings(mode, 0, 150, 1, 100, "-Xmx256m", only);
                default -> new Settings(mode, 1500, 4000, 1, 800, "-Xmx2g", only);
            };
            return new Settings(mode, warmup != null ? warmup : base.warmupMs, measure != null ? measure : base.measureMs,
                    rounds != null ? rounds : base.rounds, base.warmEachMs, base.heap, only);
        }

        /**
         * How long each client runs a line before anything is measured. A CP line runs ten times as long: the three
         * CP members' Raft paths kept getting faster for two minutes of load ({@code atomiclong-increment-16} went
         * from 4 100 to 8 800 calls a second over the first ten runs of 13 s), so the client measured first paid for
         * it. A three-member line too: {@code getall-100-3m} went from 507 to 1 490 calls a second over its first five
         * rounds (2026-12-07, {@code --full --rounds 5 --only getall-100-3m}), the official client's from 474 to 1 231:
         * three member JVMs compile their paths on two cores.
         */
        long warmMs(String scenario) {
            return CP_SCENARIOS.contains(scenario) || THREE_MEMBER_SCENARIOS.contains(scenario)
                    ? 10 * warmEachMs : warmEachMs;
        }

        /** How many fresh JVMs per client measure start-ms (the best counts). */
        int startRounds() {
            return mode.equals("smoke") ? 0 : mode.equals("full") ? 3 : 2;
        }

        /** Fixed heap for measurements; for a smoke run, what starts fastest on a busy machine. */
        List<String> jvmTuning() {
            return mode.equals("smoke") ? List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto")
                    : List.of("-Xms2g");
        }

        boolean wants(String scenario) {
            return only.isEmpty() || only.contains(scenario);
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        run(settings, System.out, System.err);
        System.exit(0);
    }

    /** Runs everything; prints the table to {@code out} and returns its lines (header first). */
    static List<String> run(Settings settings, PrintStream out, PrintStream log) throws Exception {
        long t0 = System.nanoTime();
        String classpath = System.getProperty("java.class.path");
        // -Dbench.baseline=<an older benchmarks.jar>: its build of our client takes the official client's column
        String baseline = System.getProperty("bench.baseline");
        String otherKind = baseline == null ? "official" : "ours";
        String otherClasspath = baseline == null ? classpath : baseline;
        if (baseline != null) {
            log.printf("baseline: the 'official' column is our client as built in %s%n", baseline);
        }
        Path logDir = logDir();
        log.printf("hz-client benchmark, %s mode: %d cores, load %s; logs in %s%n", settings.mode,
                Runtime.getRuntime().availableProcessors(), loadAverage(), logDir);
        String cluster = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        int port = freePort();
        String address = "127.0.0.1:" + port;
        List<String> table = new ArrayList<>();
        boolean sql = SCENARIOS.stream().anyMatch(s -> s.startsWith("sql-") && settings.wants(s));
        boolean cp = CP_SCENARIOS.stream().anyMatch(settings::wants);
        boolean threeMembers = THREE_MEMBER_SCENARIOS.stream().anyMatch(settings::wants);
        // the CP members and the three members start while the other member does; a null resource is not closed
        try (CpCluster cpCluster = cp ? CpCluster.launch(targetDir(), clusterMemberJvmArgs(settings), port, logDir) : null;
             ThreeMemberCluster three = threeMembers ? ThreeMemberCluster.launch(classpath,
                     clusterMemberJvmArgs(settings), portsInUse(port, cpCluster), logDir) : null;
             Child member = startMember(classpath, cluster, port, sql, logDir)) {
            log.printf("[%5.1fs] member %s up%n", seconds(t0), address);
            // The workers connect a second client to the CP cluster for the CP lines. The official client 5.7.0 has
            // no CP Subsystem (its getCPSubsystem() throws: "an Enterprise feature"), so the official side of the CP
            // lines is the official client 5.4.0 (in the members' jar), in a worker of its own.
            List<String> workerArgs = List.of();
            String officialCpClasspath = null;
            if (cpCluster != null) {
                cpCluster.awaitReady();
                workerArgs = List.of("--cp", cpCluster.clusterName, cpCluster.addressList());
                log.printf("[%5.1fs] CP cluster of %d %s members up: %s%n", seconds(t0), cpCluster.addresses.size(),
                        CpCluster.MEMBER_VERSION, cpCluster.addressList());
                if (baseline == null) {
                    officialCpClasspath = CpCluster.officialClientClasspath(targetDir(), classpath);
                }
            }
            // and a third client to the three members for the -3m lines (ours and the official client's best)
            if (three != null) {
                three.awaitReady();
                log.printf("[%5.1fs] three-member cluster up: %s%n", seconds(t0), three.addressList());
            }
            List<String> threeArgs = three == null ? List.of()
                    : List.of("--3m", three.clusterName, three.addressList());
            List<String> cpArgs = workerArgs;
            String cpClasspath = officialCpClasspath;
            List<String> oursArgs = concat(cpArgs, threeArgs);
            // Started one after the other, so that start-ms is not slowed by another client's start (in smoke mode,
            // where time matters more than start-ms, all at once).
            List<Callable<Worker2>> starts = new ArrayList<>(List.of(
                    () -> Worker2.start("ours", "ours", List.of(), classpath, cluster, address, settings, logDir,
                            oursArgs),
                    () -> Worker2.start("official", otherKind,
                            List.of("-Djava.util.concurrent.ForkJoinPool.common.parallelism=2"),
                            otherClasspath, cluster, address, settings, logDir,
                            concat(cpClasspath == null ? cpArgs : List.of(), threeArgs)),
                    () -> Worker2.start("official-default", otherKind, List.of(),
                            otherClasspath, cluster, address, settings, logDir, List.of())));
            if (cpClasspath != null) {
                starts.add(() -> Worker2.start("official-" + CpCluster.MEMBER_VERSION, "official",
                        List.of("-Djava.util.concurrent.ForkJoinPool.common.parallelism=2"), cpClasspath, cluster,
                        address, settings, logDir, cpArgs));
            }
            List<Worker2> workers = startAll(starts, settings.mode.equals("smoke"));
            try (Worker2 ours = workers.get(0); Worker2 best = workers.get(1); Worker2 defaults = workers.get(2);
                 Worker2 officialCp = workers.size() > 3 ? workers.get(3) : null) {
                log.printf("[%5.1fs] clients up: start-ms ours %.0f, official %.0f, official with defaults %.0f%n",
                        seconds(t0), ours.startMs, best.startMs, defaults.startMs);
                for (Worker2 w : officialCp == null ? List.of(ours, best) : List.of(ours, best, officialCp)) {
                    for (String s : warmUps(settings)) {
                        // the CP lines' official side is officialCp, when there is one, and it runs only those
                        if (officialCp != null && (w == best && CP_SCENARIOS.contains(s)
                                || w == officialCp && !CP_SCENARIOS.contains(s))) {
                            continue;
                        }
                        try {
                            w.run(s, 0, settings.warmMs(s));
                        } catch (Worker.Skipped e) {
                            // reported when the scenario is measured
                        }
                    }
                }
                defaults.run("async-get-64", 0, settings.warmEachMs);
                log.printf("[%5.1fs] warmed up%n", seconds(t0));

                // start-ms: fresh JVMs, now that the member is warm and quiet, alternating; the best of each counts
                // (a smoke run takes the times of the workers' own starts instead: no time for more JVMs)
                double[] startMs = settings.startRounds() == 0 ? new double[]{ours.startMs, best.startMs}
                        : new double[]{Double.MAX_VALUE, Double.MAX_VALUE};
                if (settings.wants("start-ms")) {
                    for (int round = 0; round < settings.startRounds(); round++) {
                        for (int side : round % 2 == 0 ? new int[]{0, 1} : new int[]{1, 0}) {
                            double ms = Worker2.startOnly(side == 0 ? "ours-start" : "official-start",
                                    side == 0 ? "ours" : otherKind, side == 0 ? List.of()
                                            : List.of("-Djava.util.concurrent.ForkJoinPool.common.parallelism=2"),
                                    side == 0 ? classpath : otherClasspath, cluster, address, settings, logDir);
                            startMs[side] = Math.min(startMs[side], ms);
                            log.printf(Locale.ROOT, "[%5.1fs] start-ms %-8s %.0f%n", seconds(t0),
                                    side == 0 ? "ours" : "official", ms);
                        }
                    }
                }

                long[] pingPong = PingPong.run(Math.min(1000, settings.warmupMs), settings.measureMs);
                log.printf("[%5.1fs] loopback ping-pong of 30 bytes: %d round trips/s, p99 %d us%n", seconds(t0),
                        pingPong[0], pingPong[1] / 1000);
                long[] floor = MemberFloor.run(address, cluster, "bench-ours", Worker.KEYS,
                        Math.min(1000, settings.warmupMs), settings.measureMs);
                log.printf("[%5.1fs] member get floor (bare socket, one thread): %d gets/s, p99 %d us%n",
                        seconds(t0), floor[0], floor[1] / 1000);

                Map<String, Measured[]> results = new LinkedHashMap<>();
                Map<String, String> skipped = new LinkedHashMap<>();
                int index = 0;
                for (String scenario : SCENARIOS) {
                    if (!MEASURED.contains(scenario) || !settings.wants(scenario)
                            && !(scenario.equals("sync-get-1") && settings.wants("alloc-get"))
                            && !(scenario.equals("sync-put-1") && settings.wants("alloc-put"))
                            && !(scenario.equals("sync-get-1") && settings.wants("nearcache-get-1-vs-sync-get-1"))
                            && !(scenario.equals("sync-get-1") && settings.wants("sync-get-1-vs-floor"))
                            && !(scenario.equals("nearcache-get-1")
                            && settings.wants("nearcache-get-1-vs-sync-get-1"))
                            && !(scenario.equals(APP_GETS) && settings.wants(APP_WORK))) {
                        continue;
                    }
                    boolean againstDefaults = scenario.endsWith("-default");
                    String run = againstDefaults ? scenario.substring(0, scenario.length() - "-default".length())
                            : scenario;
                    Worker2 official = againstDefaults ? defaults
                            : officialCp != null && CP_SCENARIOS.contains(scenario) ? officialCp : best;
                    List<Measured> mine = new ArrayList<>();
                    List<Measured> theirs = new ArrayList<>();
                    for (int round = 0; round < settings.rounds && !skipped.containsKey(scenario); round++) {
                        boolean oursFirst = (round + index) % 2 == 0;
                        for (Worker2 w : oursFirst ? List.of(ours, official) : List.of(official, ours)) {
                            // the members that serve the line: for a CP or -3m line, that cluster's members together
                            boolean onCp = cpCluster != null && CP_SCENARIOS.contains(scenario);
                            boolean onThree = three != null && THREE_MEMBER_SCENARIOS.contains(scenario);
                            LongSupplier servingTicks = onCp ? cpCluster::cpuTicks : onThree ? three::cpuTicks
                                    : member::cpuTicks;
                            long memberTicks = servingTicks.getAsLong();
                            long[] machine = Child.machineTicks();
                            Worker.Result r;
                            try {
                                r = w.run(run, settings.warmupMs, settings.measureMs);
                            } catch (Worker.Skipped e) {
                                skipped.put(scenario, (w == ours ? "hz-client: " : "official: ") + e.getMessage());
                                log.printf("[%5.1fs] %-22s %-16s skipped: %s%n", seconds(t0), scenario, w.name,
                                        e.getMessage());
                                break;
                            }
                            long ticksAfter = servingTicks.getAsLong();
                            memberTicks = memberTicks < 0 || ticksAfter < 0 ? -1 : ticksAfter - memberTicks;
                            long[] machineAfter = Child.machineTicks();
                            double busy = machine == null || machineAfter == null || machineAfter[1] == machine[1] ? 0
                                    : 100.0 * (machineAfter[0] - machine[0]) / (machineAfter[1] - machine[1]);
                            double ops = r.opsPerSecond() * (settings.warmupMs + settings.measureMs) / 1000.0;
                            double memberUs = ops == 0 || memberTicks < 0 ? Double.NaN : memberTicks * 10_000.0 / ops;
                            (w == ours ? mine : theirs).add(new Measured(r, r.cpuNanosPerOp() / 1000, memberUs,
                                    machine == null || machineAfter == null ? Double.NaN : busy, r.workPerSecond()));
                            log.printf(Locale.ROOT, "[%5.1fs] %-22s %-16s %10.0f ops/s  p99 %6d us  bytes/op: calling"
                                            + " threads %6.0f, all threads %6.0f  cpu us/op: client %5.1f member ~%5.1f"
                                            + "  machine busy ~%3.0f%%%s%n",
                                    seconds(t0), scenario, w.name, r.opsPerSecond(), r.p99Nanos() / 1000,
                                    r.callerBytesPerOp(), r.allBytesPerOp(), r.cpuNanosPerOp() / 1000,
                                    Double.isNaN(memberUs) ? 0 : memberUs, busy, r.workPerSecond() > 0
                                            ? String.format(Locale.ROOT, "  cpu work %.0f units/s", r.workPerSecond())
                                            : "");
                        }
                    }
                    if (!skipped.containsKey(scenario)) {
                        results.put(scenario, new Measured[]{Measured.median(mine), Measured.median(theirs)});
                    }
                    index++;
                }

                double[] heapPerEntry = null;
                if (settings.wants("nearcache-heap-per-entry")) {
                    try {
                        heapPerEntry = new double[]{ours.heapPerEntry(settings.heapEntries()),
                                best.heapPerEntry(settings.heapEntries())};
                        log.printf(Locale.ROOT, "[%5.1fs] nearcache-heap-per-entry ours %.1f, official %.1f bytes%n",
                                seconds(t0), heapPerEntry[0], heapPerEntry[1]);
                    } catch (Worker.Skipped e) {
                        skipped.put("nearcache-heap-per-entry", e.getMessage());
                        log.printf("[%5.1fs] nearcache-heap-per-entry skipped: %s%n", seconds(t0), e.getMessage());
                    }
                }

                table.add(HEADER);
                for (String scenario : SCENARIOS) {
                    if (!settings.wants(scenario)) {
                        continue;
                    }
                    String line = line(scenario, results, skipped, startMs, pingPong, floor, heapPerEntry);
                    // the table says which official client a CP line compared with (not the 5.7.0 of the others)
                    table.add(officialCp != null && CP_SCENARIOS.contains(scenario) && !skipped.containsKey(scenario)
                            ? line + " official-client-" + CpCluster.MEMBER_VERSION : line);
                }
            }
        }
        log.printf("[%5.1fs] done; load %s%n", seconds(t0), loadAverage());
        table.forEach(out::println);
        out.flush();
        return table;
    }

    private static List<Worker2> startAll(List<Callable<Worker2>> starts, boolean parallel) throws Exception {
        List<Worker2> started = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(parallel ? starts.size() : 1);
        try {
            List<Future<Worker2>> futures = new ArrayList<>();
            for (Callable<Worker2> start : starts) {
                futures.add(pool.submit(start));
            }
            Exception failure = null;
            for (Future<Worker2> f : futures) {
                try {
                    started.add(f.get());
                } catch (ExecutionException e) {
                    failure = e.getCause() instanceof Exception ex ? ex : e;
                }
            }
            if (failure != null) {
                started.forEach(Worker2::close);
                throw failure;
            }
            return started;
        } finally {
            pool.shutdown();
        }
    }

    private static String line(String scenario, Map<String, Measured[]> results, Map<String, String> skipped,
                               double[] startMs, long[] pingPong, long[] floor, double[] heapPerEntry) {
        String skipReason = skipped.get(scenario.equals("nearcache-get-1-vs-sync-get-1") ? "nearcache-get-1"
                : scenario.equals(APP_WORK) ? APP_GETS : scenario);
        if (skipReason != null) {
            return scenario + " skipped skipped - - -" + NO_CPU + " " + skipReason;
        }
        switch (scenario) {
            case "nearcache-heap-per-entry" -> {
                return String.format(Locale.ROOT, "%s %.0f %.0f %.2f - -", scenario, heapPerEntry[0], heapPerEntry[1],
                        heapPerEntry[1] / heapPerEntry[0]) + NO_CPU;
            }
            case "nearcache-get-1-vs-sync-get-1" -> {
                Measured near = results.get("nearcache-get-1")[0];
                Measured remote = results.get("sync-get-1")[0];
                return String.format(Locale.ROOT, "%s %.0f %.0f %.2f %d %d", scenario, near.opsPerSecond(),
                        remote.opsPerSecond(), near.opsPerSecond() / remote.opsPerSecond(), near.p99Nanos() / 1000,
                        remote.p99Nanos() / 1000) + NO_CPU;
            }
            case "start-ms" -> {
                return String.format(Locale.ROOT, "%s %.0f %.0f %.2f - -", scenario, startMs[0], startMs[1],
                        startMs[1] / startMs[0]) + NO_CPU;
            }
            case "alloc-get", "alloc-put" -> {
                Measured[] r = results.get(scenario.equals("alloc-get") ? "sync-get-1" : "sync-put-1");
                return String.format(Locale.ROOT, "%s %.0f %.0f %.2f - -", scenario, r[0].allBytesPerOp(),
                        r[1].allBytesPerOp(), r[1].allBytesPerOp() / r[0].allBytesPerOp()) + NO_CPU;
            }
            case APP_WORK -> {
                Measured[] r = results.get(APP_GETS);
                return String.format(Locale.ROOT, "%s %.0f %.0f %.2f - -", scenario, r[0].workPerSecond(),
                        r[1].workPerSecond(), r[0].workPerSecond() / r[1].workPerSecond()) + NO_CPU;
            }
            case "loopback-pingpong-30" -> {
                return String.format(Locale.ROOT, "%s %d - - %d -", scenario, pingPong[0], pingPong[1] / 1000)
                        + NO_CPU;
            }
            case "member-get-floor-1" -> {
                return String.format(Locale.ROOT, "%s %d - - %d -", scenario, floor[0], floor[1] / 1000) + NO_CPU;
            }
            case "sync-get-1-vs-floor" -> {
                Measured[] r = results.get("sync-get-1");
                return String.format(Locale.ROOT, "%s %.0f %d %.2f %d %d", scenario, r[0].opsPerSecond(), floor[0],
                        r[0].opsPerSecond() / floor[0], r[0].p99Nanos() / 1000, floor[1] / 1000) + NO_CPU;
            }
            case "sync-get-1-vs-loopback", "sync-put-1-vs-loopback" -> {
                Measured r = results.get(scenario.substring(0, "sync-get-1".length()))[0];
                return String.format(Locale.ROOT, "%s %.0f %d %.2f %d %d", scenario, r.opsPerSecond(), pingPong[0],
                        r.opsPerSecond() / pingPong[0], r.p99Nanos() / 1000, pingPong[1] / 1000) + NO_CPU;
            }
            default -> {
                Measured[] r = results.get(scenario);
                return String.format(Locale.ROOT, "%s %.0f %.0f %.2f %d %d %s %s %s %s %s %s", scenario,
                        r[0].opsPerSecond(), r[1].opsPerSecond(), r[0].opsPerSecond() / r[1].opsPerSecond(),
                        r[0].p99Nanos() / 1000, r[1].p99Nanos() / 1000,
                        column(r[0].clientCpuUs(), "%.1f"), column(r[1].clientCpuUs(), "%.1f"),
                        column(r[0].memberCpuUs(), "%.1f"), column(r[1].memberCpuUs(), "%.1f"),
                        column(r[0].busyPct(), "%.0f"), column(r[1].busyPct(), "%.0f"));
            }
        }
    }

    /** A number of the table, or "-" where it is unknown. */
    private static String column(double value, String format) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, format, value);
    }

    /**
     * A line's rounds of one client: the round of median throughput (its p99 and bytes per call), and the medians over
     * the rounds of the client JVM's CPU per call (us), the serving members' CPU per call (us; NaN if unknown), how
     * busy the machine was (%) and the CPU-bound threads' work units a second (the app line).
     */
    record Measured(Worker.Result result, double clientCpuUs, double memberCpuUs, double busyPct,
                    double workPerSecond) {
        double opsPerSecond() {
            return result.opsPerSecond();
        }

        long p99Nanos() {
            return result.p99Nanos();
        }

        double allBytesPerOp() {
            return result.allBytesPerOp();
        }

        static Measured median(List<Measured> rounds) {
            List<Measured> sorted = new ArrayList<>(rounds);
            sorted.sort(Comparator.comparingDouble(Measured::opsPerSecond));
            return new Measured(sorted.get(sorted.size() / 2).result, median(rounds, Measured::clientCpuUs),
                    median(rounds, Measured::memberCpuUs), median(rounds, Measured::busyPct),
                    median(rounds, Measured::workPerSecond));
        }

        /** The median of the known values (the upper one of two); NaN if none is known. */
        private static double median(List<Measured> rounds, ToDoubleFunction<Measured> value) {
            double[] known = rounds.stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).sorted().toArray();
            return known.length == 0 ? Double.NaN : known[known.length / 2];
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The ports of the member and, if there is one, of the CP cluster (the three members take others). */
    private static List<Integer> portsInUse(int port, CpCluster cpCluster) {
        List<Integer> ports = new ArrayList<>(List.of(port));
        if (cpCluster != null) {
            for (String address : cpCluster.addresses) {
                ports.add(Integer.parseInt(address.substring(address.lastIndexOf(':') + 1)));
            }
        }
        return ports;
    }

    /**
     * The JVM options of the CP members and of the three members: the other member's heap; in a smoke run, a small
     * one and a fast start.
     */
    private static List<String> clusterMemberJvmArgs(Settings settings) {
        List<String> args = new ArrayList<>(settings.mode.equals("smoke") ? List.of("-Xmx384m")
                : List.of("-Xms1g", "-Xmx1g"));
        if (settings.mode.equals("smoke")) {
            args.addAll(settings.jvmTuning());
        }
        return args;
    }

    /** The member; with {@code sql}, Jet and the SQL engine on (only then: Jet's threads would weigh on every line). */
    private static Child startMember(String classpath, String cluster, int port, boolean sql, Path logDir)
            throws InterruptedException {
        List<String> command = jvmCommand(List.of("-Xms1g", "-Xmx1g"), "jdk");
        command.add("-cp");
        command.add(classpath);
        command.add(BenchMember.class.getName());
        command.add(cluster);
        command.add(Integer.toString(port));
        if (sql) {
            command.add("sql");
        }
        Child member = Child.start("member", command, logDir);
        try {
            member.await(180_000, BenchMember.READY);
        } catch (RuntimeException e) {
            member.close();
            throw e;
        }
        return member;
    }

    /** A {@link Worker} JVM as the driver sees it. */
    static final class Worker2 implements AutoCloseable {
        final String name;
        final double startMs;
        private final Child child;

        private Worker2(String name, Child child, double startMs) {
            this.name = name;
            this.child = child;
            this.startMs = startMs;
        }

        /** A worker; {@code workerArgs} go after its address (e.g. {@code --cp <cluster> <addresses>}). */
        static Worker2 start(String name, String kind, List<String> jvmArgs, String classpath, String cluster,
                             String address, Settings settings, Path logDir, List<String> workerArgs)
                throws InterruptedException {
            return start(name, kind, jvmArgs, classpath, cluster, address, settings, logDir, workerArgs, false);
        }

        /** A JVM that only creates its client, makes the first get, reports the time and exits. */
        static double startOnly(String name, String kind, List<String> jvmArgs, String classpath, String cluster,
                                String address, Settings settings, Path logDir) throws InterruptedException {
            try (Worker2 w = start(name, kind, jvmArgs, classpath, cluster, address, settings, logDir, List.of(),
                    true)) {
                return w.startMs;
            }
        }

        private static Worker2 start(String name, String kind, List<String> jvmArgs, String classpath, String cluster,
                                     String address, Settings settings, Path logDir, List<String> workerArgs,
                                     boolean startOnly) throws InterruptedException {
            List<String> flags = new ArrayList<>();
            flags.add(settings.heap);
            flags.addAll(settings.jvmTuning());
            List<String> command = jvmCommand(flags, "none");
            command.addAll(jvmArgs);
            // For profiling one side, e.g. -Dbench.jvmArgs.ours="-XX:StartFlightRecording=filename=ours.jfr"
            String extra = System.getProperty("bench.jvmArgs." + name, "").trim();
            if (!extra.isEmpty()) {
                command.addAll(Arrays.asList(extra.split("\\s+")));
            }
            command.add("-cp");
            command.add(classpath);
            command.add(Worker.class.getName());
            command.add(kind);
            command.add(cluster);
            command.add(address);
            command.addAll(workerArgs);
            if (startOnly) {
                command.add("--start-only");
            }
            Child child = Child.start(name, command, logDir);
            try {
                String ready = child.await(180_000, "READY");
                return new Worker2(name, child, Long.parseLong(ready.split(" ")[1]) / 1e6);
            } catch (RuntimeException e) {
                child.close();
                throw e;
            }
        }

        /** One run of a scenario; {@link Worker.Skipped} if this client cannot run it. */
        Worker.Result run(String scenario, long warmupMs, long measureMs) throws InterruptedException {
            child.send("run " + scenario + " " + warmupMs + " " + measureMs);
            String line = child.await(warmupMs + measureMs + 120_000, "RESULT", "ERROR", "SKIP");
            if (line.startsWith("ERROR")) {
                throw new IllegalStateException(name + " failed " + scenario + ": " + line + "; see " + child.log());
            }
            if (line.startsWith("SKIP")) {
                throw new Worker.Skipped(line.substring("SKIP ".length()));
            }
            String[] p = line.split(" ");
            // a baseline build older than the app line sends no work figure
            return new Worker.Result(Double.parseDouble(p[1]), Long.parseLong(p[2]), Double.parseDouble(p[3]),
                    Double.parseDouble(p[4]), Double.parseDouble(p[5]), p.length > 6 ? Double.parseDouble(p[6]) : 0);
        }

        /** Heap bytes retained per near-cache entry, {@code entries} entries cached; {@link Worker.Skipped} if none. */
        double heapPerEntry(int entries) throws InterruptedException {
            child.send("heap " + entries);
            String line = child.await(300_000, "HEAP", "ERROR", "SKIP");
            if (line.startsWith("ERROR")) {
                throw new IllegalStateException(name + " failed nearcache-heap-per-entry: " + line + "; see "
                        + child.log());
            }
            if (line.startsWith("SKIP")) {
                throw new Worker.Skipped(name + ": " + line.substring("SKIP ".length()));
            }
            return Double.parseDouble(line.split(" ")[1]);
        }

        @Override
        public void close() {
            child.close();
        }
    }

    static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The start of the command of every JVM the run launches (member or client): this JVM's {@code java}, the given
     * flags, IPv4, no phone-home, Hazelcast's logging as given, Hazelcast's {@code --add-opens}. Mutable: the caller
     * adds the rest.
     */
    static List<String> jvmCommand(List<String> flags, String loggingType) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(flags);
        command.add("-Djava.net.preferIPv4Stack=true");
        command.add("-Dhazelcast.phone.home.enabled=false");
        command.add("-Dhazelcast.logging.type=" + loggingType);
        command.addAll(ADD_OPENS);
        return command;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Paths.get("/proc/loadavg"), StandardCharsets.US_ASCII).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** target/bench-logs next to the jar or the classes directory. */
    private static Path logDir() {
        Path target = targetDir();
        return target != null ? target.resolve("bench-logs") : Paths.get(System.getProperty("java.io.tmpdir"),
                "hz-bench-logs");
    }

    /** The directory of the jar or the classes directory (the build's target directory); null if unknown. */
    static Path targetDir() {
        try {
            return Paths.get(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
