package io.hzclient.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One client in its own JVM, driven by {@link Bench} over stdin/stdout:
 * {@code Worker <ours|official> <clusterName> <address> [--cp <cluster> <addresses>] [--3m <cluster> <addresses>]
 * [--start-only]}. It connects (timing client creation to the first get returning), fills the map, prints
 * {@code READY <start-ms>}, then answers each {@code run <scenario> <warmupMs> <measureMs>} line with
 * {@code RESULT <ops/s> <p99 ns> <bytes/op caller threads> <bytes/op all threads> <cpu ns/op> <work units/s>}. It
 * exits when its stdin ends.
 */
public final class Worker {
    static final int KEYS = 10_000;
    static final int VALUE_BYTES = 100;
    static final int BATCH = 100;
    /** Keys read again and again in nearcache-get-1, from the map {@code HOT_MAP + kind} the member filled. */
    static final int HOT_KEYS = 1_000;
    static final String HOT_MAP = "nc-hot-";
    /** Most entries nearcache-heap-per-entry reads, from the map {@code HEAP_MAP + kind} the member filled. */
    static final int HEAP_ENTRIES = 100_000;
    static final String HEAP_MAP = "nc-heap-";
    /** Why a near-cache scenario cannot run: the client answered without a near cache. */
    static final String NO_NEAR_CACHE = "the client has no near cache for nc-* maps";
    private static final int PREPARED_BATCHES = 64;
    private static final String CALLER_PREFIX = "bench-caller-";

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final Target target;
    private final String kind;
    /** The CP cluster's name and addresses ({@code --cp}), or null; its client connects on the first CP line. */
    private final String[] cpCluster;
    private Target.Cp cp;
    /** The three-member cluster's name and addresses ({@code --3m}), or null; its client connects on first use. */
    private final String[] threeMembers;
    private Target three;
    private final Integer[] keys = new Integer[KEYS];
    private final byte[] value = new byte[VALUE_BYTES];

    /** The value every entry holds. */
    static byte[] value() {
        byte[] value = new byte[VALUE_BYTES];
        new SplittableRandom(7).nextBytes(value);
        return value;
    }
    private final List<Set<Integer>> keyBatches = new ArrayList<>();
    private final List<Map<Integer, byte[]>> entryBatches = new ArrayList<>();

    private Worker(Target target, String kind, String[] cpCluster, String[] threeMembers) {
        this.target = target;
        this.kind = kind;
        this.cpCluster = cpCluster;
        this.threeMembers = threeMembers;
        for (int i = 0; i < KEYS; i++) {
            keys[i] = i;
        }
        System.arraycopy(value(), 0, value, 0, VALUE_BYTES);
        SplittableRandom random = new SplittableRandom(42);
        for (int b = 0; b < PREPARED_BATCHES; b++) {
            Set<Integer> set = new HashSet<>();
            while (set.size() < BATCH) {
                set.add(keys[random.nextInt(KEYS)]);
            }
            keyBatches.add(set);
            Map<Integer, byte[]> map = new HashMap<>();
            set.forEach(k -> map.put(k, value));
            entryBatches.add(map);
        }
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        String kind = args[0];
        boolean startOnly = false;
        String[] cpCluster = null;
        String[] threeMembers = null;
        for (int i = 3; i < args.length; i++) {
            switch (args[i]) {
                case "--start-only" -> startOnly = true;
                case "--cp" -> {
                    cpCluster = new String[]{args[i + 1], args[i + 2]};
                    i += 2;
                }
                case "--3m" -> {
                    threeMembers = new String[]{args[i + 1], args[i + 2]};
                    i += 2;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        long t0 = System.nanoTime();
        Target target = Target.connect(kind, args[1], args[2], "bench-" + kind);
        long connected = System.nanoTime() - t0;
        target.get(0);
        long startNanos = System.nanoTime() - t0;
        System.err.printf("start: client created and connected in %d ms, first get returned at %d ms (JVM up %d ms"
                        + " before)%n", connected / 1_000_000, startNanos / 1_000_000,
                ManagementFactory.getRuntimeMXBean().getUptime() - startNanos / 1_000_000);
        if (startOnly) {
            out.println("READY " + startNanos);
            out.flush();
            target.close();
            System.exit(0);
        }
        Worker worker = new Worker(target, kind, cpCluster, threeMembers);
        worker.fill();
        out.println("READY " + startNanos);
        out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            for (String line; (line = in.readLine()) != null; ) {
                String[] cmd = line.trim().split("\\s+");
                if (cmd[0].equals("quit")) {
                    break;
                }
                if (cmd[0].equals("heap")) {
                    String result;
                    try {
                        result = worker.heapPerEntry(Integer.parseInt(cmd[1]));
                    } catch (Throwable t) {
                        result = "ERROR " + t.toString().replace('\n', ' ');
                        t.printStackTrace();
                    }
                    out.println(result);
                    out.flush();
                }
                if (cmd[0].equals("run")) {
                    String result;
                    try {
                        Result r = worker.run(cmd[1], Long.parseLong(cmd[2]), Long.parseLong(cmd[3]));
                        result = String.format(Locale.ROOT, "RESULT %.1f %d %.1f %.1f %.1f %.1f", r.opsPerSecond,
                                r.p99Nanos, r.callerBytesPerOp, r.allBytesPerOp, r.cpuNanosPerOp, r.workPerSecond);
                    } catch (Skipped s) {
                        result = "SKIP " + s.getMessage();
                    } catch (Throwable t) {
                        result = "ERROR " + t.toString().replace('\n', ' ');
                        t.printStackTrace();
                    }
                    out.println(result);
                    out.flush();
                }
            }
        } finally {
            if (worker.cp != null) {
                worker.cp.close();
            }
            if (worker.three != null) {
                worker.three.close();
            }
            target.close();
        }
        System.exit(0);
    }

    private void fill() {
        fill(target);
    }

    /** Puts the {@link #KEYS} entries into the map of {@code into}. */
    private void fill(Target into) {
        Map<Integer, byte[]> chunk = new HashMap<>();
        for (int i = 0; i < KEYS; i++) {
            chunk.put(keys[i], value);
            if (chunk.size() == 1000) {
                into.putAll(chunk);
                chunk.clear();
            }
        }
    }

    /**
     * One run: throughput, p99, bytes per call (calling threads; all threads), this JVM's CPU ns per call (for the
     * app line: without the CPU-bound threads' own), and the CPU-bound threads' work units a second (0 but for the app
     * line).
     */
    record Result(double opsPerSecond, long p99Nanos, double callerBytesPerOp, double allBytesPerOp,
                  double cpuNanosPerOp, double workPerSecond) {
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    Result run(String scenario, long warmupMs, long measureMs) throws InterruptedException {
        long warmup = TimeUnit.MILLISECONDS.toNanos(warmupMs);
        long measure = TimeUnit.MILLISECONDS.toNanos(measureMs);
        if (scenario.endsWith(THREE_MEMBERS_SUFFIX)) {
            // the same work as the line without the suffix, on this worker's client of the three-member cluster
            String base = scenario.substring(0, scenario.length() - THREE_MEMBERS_SUFFIX.length());
            String[] parts = base.split("-");
            Target on = three();
            return switch (parts[0]) {
                case "sync" -> sync(Integer.parseInt(parts[2]), syncOp(on, parts[1]), warmup, measure);
                case "async" -> async(Integer.parseInt(parts[2]), asyncOp(on, parts[1]), warmup, measure);
                case "getall" -> sync(1, r -> on.getAll(keyBatches.get(r.nextInt(PREPARED_BATCHES))), warmup,
                        measure);
                default -> throw new IllegalArgumentException("unknown scenario " + scenario);
            };
        }
        String[] parts = scenario.split("-");
        return switch (parts[0]) {
            case "nearcache" -> sync(1, nearHotGet(), warmup, measure);
            case "sync" -> sync(Integer.parseInt(parts[2]), syncOp(target, parts[1]), warmup, measure);
            case "async" -> async(Integer.parseInt(parts[2]), asyncOp(target, parts[1]), warmup, measure);
            case "app" -> app(Integer.parseInt(parts[2]), Integer.parseInt(parts[4]), warmup, measure);
            case "getall" -> sync(1, r -> target.getAll(keyBatches.get(r.nextInt(PREPARED_BATCHES))), warmup, measure);
            case "putall" -> sync(1, r -> {
                target.putAll(entryBatches.get(r.nextInt(PREPARED_BATCHES)));
                return null;
            }, warmup, measure);
            case "queue" -> queueScenario(parts[1], warmup, measure);
            case "set" -> {
                Target.Items set = target.set("bench-set-" + kind);
                set.clear();
                AtomicInteger next = new AtomicInteger();
                try {
                    yield sync(Integer.parseInt(parts[2]), r -> set.add(next.incrementAndGet()), warmup, measure);
                } finally {
                    set.clear();
                }
            }
            case "executor" -> sync(Integer.parseInt(parts[2]), r -> target.executorSubmit(keys[r.nextInt(KEYS)]),
                    warmup, measure);
            case "multimap" -> sync(Integer.parseInt(parts[3]), r -> target.multiMapPutGet(keys[r.nextInt(KEYS)], value),
                    warmup, measure);
            case "values", "aggregate", "project", "execute", "paging" -> sync(1, queryOp(parts[0]), warmup, measure);
            case "sql" -> parts[2].equals("by")
                    ? sync(16, r -> target.sql().selectByKey(r.nextInt(QueryBench.ENTRIES)), warmup, measure)
                    : sync(1, r -> target.sql().selectRows(), warmup, measure);
            case "atomiclong" -> {
                LongSupplier increment = cp().incrementer("bench-atomiclong-" + kind);
                yield sync(Integer.parseInt(parts[2]), r -> increment.getAsLong(), warmup, measure);
            }
            case "fencedlock" -> {
                Runnable lockUnlock = cp().lockUnlock("bench-lock-" + kind);
                yield sync(Integer.parseInt(parts[3]), r -> {
                    lockUnlock.run();
                    return null;
                }, warmup, measure);
            }
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
    }

    /** The suffix of the lines on the three-member cluster ({@code --3m}). */
    static final String THREE_MEMBERS_SUFFIX = "-3m";

    /**
     * The client of the three-member cluster, connected on first use (with this kind's configuration for the map
     * lines, smart routing included), its map filled as the one-member map is.
     */
    private Target three() {
        if (three == null) {
            if (threeMembers == null) {
                throw new Skipped("no three-member cluster was started for this worker");
            }
            three = Target.connect(kind, threeMembers[0], List.of(threeMembers[1].split(",")), "bench-" + kind);
            fill(three);
        }
        return three;
    }

    /**
     * The client of the CP cluster, connected on first use: {@code atomiclong-increment-N} (N threads, one op: an
     * incrementAndGet of one AtomicLong), {@code fencedlock-lock-unlock-1} (one op: lock() then unlock() of one
     * FencedLock), both in the default CP group.
     */
    private Target.Cp cp() {
        if (cp == null) {
            if (cpCluster == null) {
                throw new Skipped("no CP cluster was started for this worker");
            }
            cp = Target.connectCp(kind, cpCluster[0], List.of(cpCluster[1].split(",")));
        }
        return cp;
    }

    /**
     * The query lines, one thread each, on {@link QueryBench#MAP}: {@code values-predicate-10k} (the values equal to a
     * random one of the {@link QueryBench#DISTINCT_VALUES}, from the index), {@code aggregate-sum-10k},
     * {@code project-10k}, {@code execute-on-entries-10k} (a processor that returns the value), {@code paging-100x100}
     * (one op: the next of the 100 pages of 100 keys, in order, then again from the first).
     */
    private Function<ThreadLocalRandom, Object> queryOp(String line) {
        Target.Queries q = target.queries();
        return switch (line) {
            case "values" -> r -> q.valuesEqual(r.nextInt(QueryBench.DISTINCT_VALUES));
            case "aggregate" -> r -> q.sum();
            case "project" -> r -> q.project();
            case "execute" -> r -> q.executeOnEntries();
            case "paging" -> r -> q.nextPage();
            default -> throw new IllegalArgumentException("unknown query line " + line);
        };
    }

    /**
     * {@code queue-offer-poll-1}: one thread offers an item then polls it (one op: both calls).
     * {@code queue-pipeline-4x4}: 4 threads offer, 4 take (a poll that waits up to a second); one op: one call.
     */
    private Result queueScenario(String shape, long warmup, long measure) throws InterruptedException {
        Target.Items q = target.queue("bench-queue-" + kind);
        q.clear();
        try {
            return switch (shape) {
                case "offer" -> sync(1, r -> {
                    q.add(1);
                    return poll(q, 0);
                }, warmup, measure);
                case "pipeline" -> sync(8, r -> {
                    String thread = Thread.currentThread().getName();
                    boolean producer = thread.charAt(thread.length() - 1) < '4';
                    return producer ? q.add(r.nextInt()) : poll(q, 1000);
                }, warmup, measure);
                default -> throw new IllegalArgumentException("unknown queue scenario " + shape);
            };
        } finally {
            q.clear();
        }
    }

    private static Object poll(Target.Items q, long timeoutMs) {
        try {
            return q.poll(timeoutMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Hot-key reads of a near-cached map: {@link #HOT_KEYS} keys, each read once first so that all are cached. */
    private Function<ThreadLocalRandom, Object> nearHotGet() {
        Target.NearCached map = target.nearCached(HOT_MAP + kind);
        for (int i = 0; i < HOT_KEYS; i++) {
            map.get(keys[i]);
        }
        if (map.nearCacheEntries() < HOT_KEYS) {
            throw new Skipped(map.nearCacheEntries() < 0 ? NO_NEAR_CACHE
                    : "only " + map.nearCacheEntries() + " of " + HOT_KEYS + " hot keys are in the near cache");
        }
        return r -> map.get(keys[r.nextInt(HOT_KEYS)]);
    }

    /**
     * Heap retained per near-cache entry: {@code count} entries of the map the member filled are read into the near
     * cache; the heap used after a full GC, before and after the reads, divided by the entries. Keys are Integer
     * objects that this JVM holds anyway (so a near cache that keeps the caller's key objects is not charged for them).
     * Answers {@code HEAP <bytes per entry>} or {@code SKIP <why>}.
     */
    String heapPerEntry(int count) throws InterruptedException {
        if (count > HEAP_ENTRIES) {
            throw new IllegalArgumentException("at most " + HEAP_ENTRIES + " entries: " + count);
        }
        Integer[] heapKeys = new Integer[count];
        for (int i = 0; i < count; i++) {
            heapKeys[i] = i;
        }
        Target.NearCached map = target.nearCached(HEAP_MAP + kind);
        long before = usedHeapAfterGc();
        Set<Integer> batch = new HashSet<>();
        for (int i = 0; i < count; i++) {
            batch.add(heapKeys[i]);
            if (batch.size() == 1000) {
                map.getAll(batch);
                batch.clear();
            }
        }
        batch = null;
        for (int i = 0; i < count; i++) {
            map.get(heapKeys[i]); // whatever getAll did not cache
        }
        long entries = map.nearCacheEntries();
        if (entries != count) {
            return "SKIP " + (entries < 0 ? NO_NEAR_CACHE : "the near cache holds " + entries + " entries, not " + count);
        }
        long after = usedHeapAfterGc();
        System.err.printf("heap: %d bytes before, %d after the near cache filled with %d entries%n", before, after,
                entries);
        if (map.nearCacheEntries() != count) {
            return "SKIP the near cache lost entries during the measurement";
        }
        return String.format(Locale.ROOT, "HEAP %.1f", (after - before) / (double) count);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** A scenario this client cannot run (yet). */
    static final class Skipped extends RuntimeException {
        Skipped(String why) {
            super(why);
        }
    }

    private Function<ThreadLocalRandom, Object> syncOp(Target on, String op) {
        return switch (op) {
            case "get" -> r -> on.get(keys[r.nextInt(KEYS)]);
            case "put" -> r -> on.put(keys[r.nextInt(KEYS)], value);
            default -> throw new IllegalArgumentException("unknown operation " + op);
        };
    }

    private Function<ThreadLocalRandom, CompletionStage<?>> asyncOp(Target on, String op) {
        return switch (op) {
            case "get" -> r -> on.getAsync(keys[r.nextInt(KEYS)]);
            case "put" -> r -> on.putAsync(keys[r.nextInt(KEYS)], value);
            default -> throw new IllegalArgumentException("unknown operation " + op);
        };
    }

    /** {@code threads} threads, each calling {@code op} in a loop; only calls that start and end in the window count. */
    private Result sync(int threads, Function<ThreadLocalRandom, Object> op, long warmup, long measure)
            throws InterruptedException {
        return sync(threads, op, warmup, measure, null);
    }

    /**
     * {@code app-get-G-plus-C-cpu}: G threads doing sync gets in a loop beside C CPU-bound threads ({@link CpuWork}),
     * like an application whose other threads need the cores. Ops: the gets; work: the CPU-bound threads' units a
     * second; CPU per op: this JVM's CPU without the CPU-bound threads' own, per get.
     */
    private Result app(int getThreads, int cpuThreads, long warmup, long measure) throws InterruptedException {
        return sync(getThreads, syncOp(target, "get"), warmup, measure, new CpuWork(cpuThreads));
    }

    /** As {@link #sync(int, Function, long, long)}, with {@code beside} (or null) running in the same window. */
    private Result sync(int threads, Function<ThreadLocalRandom, Object> op, long warmup, long measure,
                        CpuWork beside) throws InterruptedException {
        long begin = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        long measureStart = begin + warmup;
        long measureEnd = measureStart + measure;
        Histogram[] histograms = new Histogram[threads];
        long[] ops = new long[threads];
        long[] callerBytes = new long[threads];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int me = t;
            histograms[t] = new Histogram();
            workers[t] = new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                Histogram h = histograms[me];
                long n = 0;
                long bytesAtStart = -1;
                while (System.nanoTime() < begin) {
                    Thread.onSpinWait();
                }
                while (true) {
                    long s = System.nanoTime();
                    if (bytesAtStart < 0 && s >= measureStart) {
                        bytesAtStart = THREADS.getCurrentThreadAllocatedBytes();
                    }
                    op.apply(random);
                    long e = System.nanoTime();
                    if (e >= measureEnd) {
                        break;
                    }
                    if (s >= measureStart) {
                        h.record(e - s);
                        n++;
                    }
                }
                ops[me] = n;
                callerBytes[me] = bytesAtStart < 0 ? 0 : THREADS.getCurrentThreadAllocatedBytes() - bytesAtStart;
            }, CALLER_PREFIX + t);
            workers[t].start();
        }
        if (beside != null) {
            beside.start(begin, measureStart, measureEnd);
        }
        sleepUntil(measureStart);
        long cpuBefore = OS.getProcessCpuTime();
        long besideCpuBefore = beside == null ? 0 : beside.cpuNanos();
        Map<String, Long> threadCpuBefore = threadCpu();
        Map<Long, Long> before = allThreadBytes();
        sleepUntil(measureEnd);
        long cpu = OS.getProcessCpuTime() - cpuBefore;
        if (beside != null) {
            cpu -= beside.cpuNanos() - besideCpuBefore;
        }
        logThreadCpu(threadCpuBefore, threadCpu());
        Map<Long, Long> after = allThreadBytes();
        for (Thread w : workers) {
            w.join();
        }
        double workPerSecond = beside == null ? 0 : beside.finish() / (measure / 1e9);
        Histogram all = new Histogram();
        long totalOps = 0;
        long totalCallerBytes = 0;
        for (int t = 0; t < threads; t++) {
            all.add(histograms[t]);
            totalOps += ops[t];
            totalCallerBytes += callerBytes[t];
        }
        // the last call of each thread (started in the window, ended after it) allocated too: count it
        double callerPerOp = totalOps == 0 ? 0 : (double) totalCallerBytes / (totalOps + threads);
        double otherPerOp = totalOps == 0 ? 0 : (double) delta(before, after) / totalOps;
        return new Result(totalOps / (measure / 1e9), all.quantile(0.99), callerPerOp, callerPerOp + otherPerOp,
                totalOps == 0 ? 0 : (double) cpu / totalOps, workPerSecond);
    }

    /**
     * The app line's CPU-bound threads: each computes {@link #unit} again and again from the start of the warm-up to
     * the end of the window, and counts the units that end inside the window. A unit is a fixed chain of about
     * {@value #UNIT_ROUNDS} x 5 dependent integer operations (some tens of microseconds of one core), allocating
     * nothing.
     */
    static final class CpuWork {
        static final int UNIT_ROUNDS = 20_000;
        private static final String PREFIX = "bench-cpu-";

        private final Thread[] threads;
        private final long[] units;
        /** Each thread's CPU time when it stopped (its live figure is gone once it has ended). */
        private final AtomicLongArray finalCpu;
        private volatile long sink;

        CpuWork(int threads) {
            this.threads = new Thread[threads];
            this.units = new long[threads];
            this.finalCpu = new AtomicLongArray(threads);
        }

        /** One unit of work: a function of {@code h} that the JIT cannot shorten. */
        static long unit(long h) {
            for (int i = 0; i < UNIT_ROUNDS; i++) {
                h ^= h << 13;
                h ^= h >>> 7;
                h ^= h << 17;
                h = h * 0x9E3779B97F4A7C15L + i;
            }
            return h;
        }

        void start(long begin, long measureStart, long measureEnd) {
            for (int t = 0; t < threads.length; t++) {
                int me = t;
                threads[t] = new Thread(() -> {
                    long h = me + 1;
                    long n = 0;
                    while (System.nanoTime() < begin) {
                        Thread.onSpinWait();
                    }
                    while (true) {
                        h = unit(h);
                        long now = System.nanoTime();
                        if (now >= measureEnd) {
                            break;
                        }
                        if (now >= measureStart) {
                            n++;
                        }
                    }
                    units[me] = n;
                    sink += h;
                    finalCpu.set(me, THREADS.getCurrentThreadCpuTime());
                }, PREFIX + t);
                threads[t].start();
            }
        }

        /** The CPU time of these threads so far. */
        long cpuNanos() {
            long sum = 0;
            for (int t = 0; t < threads.length; t++) {
                long live = THREADS.getThreadCpuTime(threads[t].getId());
                sum += live >= 0 ? live : finalCpu.get(t);
            }
            return sum;
        }

        /** Waits for the threads to end; the units done in the window, all threads together. */
        long finish() throws InterruptedException {
            long sum = 0;
            for (int t = 0; t < threads.length; t++) {
                threads[t].join();
                sum += units[t];
            }
            return sum;
        }
    }

    /**
     * {@code inFlight} chains of calls: each chain issues its next call from the completion of the previous one, so
     * exactly {@code inFlight} calls are outstanding. Counts completions inside the window.
     */
    private Result async(int inFlight, Function<ThreadLocalRandom, CompletionStage<?>> op, long warmup, long measure)
            throws InterruptedException {
        long begin = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        long measureStart = begin + warmup;
        long measureEnd = measureStart + measure;
        LongAdder completed = new LongAdder();
        LongAdder failed = new LongAdder();
        // not one per thread: the official client with its defaults completes every call on a new thread
        Histogram.Shared histogram = new Histogram.Shared();
        CountDownLatch done = new CountDownLatch(inFlight);
        sleepUntil(begin);
        for (int i = 0; i < inFlight; i++) {
            new Chain(op, measureStart, measureEnd, completed, failed, histogram, done).next();
        }
        sleepUntil(measureStart);
        long cpuBefore = OS.getProcessCpuTime();
        Map<Long, Long> before = allThreadBytes();
        sleepUntil(measureEnd);
        long cpu = OS.getProcessCpuTime() - cpuBefore;
        Map<Long, Long> after = allThreadBytes();
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException(done.getCount() + " calls did not complete within 60 s");
        }
        if (failed.sum() > 0) {
            throw new IllegalStateException(failed.sum() + " calls failed");
        }
        Histogram all = histogram.snapshot();
        long ops = completed.sum();
        return new Result(ops / (measure / 1e9), all.quantile(0.99), 0, ops == 0 ? 0 : (double) delta(before, after) / ops,
                ops == 0 ? 0 : (double) cpu / ops, 0);
    }

    private static final class Chain implements BiConsumer<Object, Throwable> {
        private static final int IDLE = 0;
        private static final int ISSUING = 1;
        private static final int DONE_WHILE_ISSUING = 2;

        private final Function<ThreadLocalRandom, CompletionStage<?>> op;
        private final long measureStart;
        private final long measureEnd;
        private final LongAdder completed;
        private final LongAdder failed;
        private final Histogram.Shared histogram;
        private final CountDownLatch done;
        private final AtomicInteger state = new AtomicInteger();
        private volatile long started;

        Chain(Function<ThreadLocalRandom, CompletionStage<?>> op, long measureStart, long measureEnd,
              LongAdder completed, LongAdder failed, Histogram.Shared histogram, CountDownLatch done) {
            this.op = op;
            this.measureStart = measureStart;
            this.measureEnd = measureEnd;
            this.completed = completed;
            this.failed = failed;
            this.histogram = histogram;
            this.done = done;
        }

        /** Issues calls until one does not complete at once (then its completion goes on), or time is up. */
        void next() {
            while (true) {
                long now = System.nanoTime();
                if (now >= measureEnd) {
                    done.countDown();
                    return;
                }
                started = now;
                state.set(ISSUING);
                op.apply(ThreadLocalRandom.current()).whenComplete(this);
                if (state.compareAndSet(ISSUING, IDLE)) {
                    return; // the completion will call next()
                }
                // completed inside whenComplete: loop instead of recursing
            }
        }

        @Override
        public void accept(Object result, Throwable failure) {
            long end = System.nanoTime();
            long start = started;
            if (failure != null) {
                failed.increment();
            } else if (start >= measureStart && end < measureEnd) {
                histogram.record(end - start);
                completed.increment();
            }
            if (!state.compareAndSet(ISSUING, DONE_WHILE_ISSUING)) {
                next();
            }
        }
    }

    /** CPU time of each live thread, by name (threads of one name summed). */
    private static Map<String, Long> threadCpu() {
        Map<String, Long> result = new HashMap<>();
        for (java.lang.management.ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null) {
                long ns = THREADS.getThreadCpuTime(info.getThreadId());
                String name = info.getThreadName().replaceAll("[-_]?\\d+$", "");
                result.merge(name, Math.max(0, ns), Long::sum);
            }
        }
        return result;
    }

    /** To the worker's log: which threads used the CPU during the window (the JVM's own included). */
    private static void logThreadCpu(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder line = new StringBuilder("cpu ms by thread:");
        after.forEach((name, ns) -> {
            long ms = (ns - before.getOrDefault(name, 0L)) / 1_000_000;
            if (ms > 0) {
                line.append(' ').append(name).append('=').append(ms);
            }
        });
        System.err.println(line);
    }

    /** Bytes allocated so far by each live thread but the benchmark's own callers (they count their own). */
    private static Map<Long, Long> allThreadBytes() {
        long[] ids = THREADS.getAllThreadIds();
        long[] bytes = THREADS.getThreadAllocatedBytes(ids);
        java.lang.management.ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        Map<Long, Long> result = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0 && infos[i] != null && !infos[i].getThreadName().startsWith(CALLER_PREFIX)) {
                result.put(ids[i], bytes[i]);
            }
        }
        return result;
    }

    /** Bytes allocated between the two snapshots by threads alive at the second (new threads count from zero). */
    private static long delta(Map<Long, Long> before, Map<Long, Long> after) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return sum;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
        }
    }
}
