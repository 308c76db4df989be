package io.hzclient.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The cluster of the CP lines: {@link CpMember#CP_MEMBERS} Hazelcast 5.4.0 members, each in its own JVM, started only
 * when the run has a CP line. Each JVM's class path is {@code target/members/hazelcast-5.4.0.jar} (copied there by the
 * build) and {@link CpMember}'s class file alone, copied out of this module's classes: the benchmark's own class
 * path holds Hazelcast 5.7.0, whose members refuse the CP Subsystem.
 */
final class CpCluster extends MemberJvmCluster {
    static final String MEMBER_VERSION = "5.4.0";

    private CpCluster(Started started) {
        super(started, CpMember.READY);
    }

    /**
     * Starts the members' JVMs and returns at once ({@link #awaitReady()} waits for them, until the CP Subsystem found
     * its members), on free ports other than {@code otherPort} (the benchmark's other member's).
     */
    static CpCluster launch(Path targetDir, List<String> jvmArgs, int otherPort, Path logDir) throws IOException {
        Path jar = targetDir.resolve("members").resolve("hazelcast-" + MEMBER_VERSION + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the build copies it (benchmarks/pom.xml,"
                    + " copy-cp-member-jar); run mvn -pl benchmarks -am package");
        }
        String classpath = jar.toAbsolutePath() + File.pathSeparator + memberClasses(targetDir).toAbsolutePath();
        return new CpCluster(start("bench-cp-", CpMember.CP_MEMBERS, List.of(otherPort), classpath,
                CpMember.class.getName(), jvmArgs, List.of(), "cp-member", logDir));
    }

    /** A directory holding {@code io/hzclient/bench/CpMember.class} and nothing else, under the target directory. */
    private static Path memberClasses(Path targetDir) throws IOException {
        Path dir = targetDir.resolve("cp-member-classes");
        Path file = dir.resolve(CpMember.class.getName().replace('.', '/') + ".class");
        Files.createDirectories(file.getParent());
        try (InputStream in = CpMember.class.getResourceAsStream(CpMember.class.getSimpleName() + ".class")) {
            if (in == null) {
                throw new IllegalStateException("the class file of " + CpMember.class.getName() + " is not readable");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy " + file, e);
        }
        return dir;
    }

    /**
     * The class path of a worker whose official client is the one in the 5.4.0 jar: that jar, this module's classes,
     * and every entry of {@code classpath} but Hazelcast's own jars (5.7.0). When the benchmark runs from its jar,
     * whose manifest would add {@code lib/hazelcast-5.7.0.jar} to any class path it is on, its classes are copied out
     * to {@code target/cp-worker-classes} and its manifest's entries are taken instead.
     */
    static String officialClientClasspath(Path targetDir, String classpath) throws IOException {
        Path jar = targetDir.resolve("members").resolve("hazelcast-" + MEMBER_VERSION + ".jar");
        Path own;
        try {
            own = Paths.get(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Path> entries = new ArrayList<>();
        entries.add(jar);
        if (Files.isDirectory(own)) {
            entries.add(own);
            for (String entry : classpath.split(File.pathSeparator)) {
                if (!entry.isEmpty() && !Paths.get(entry).toAbsolutePath().equals(own.toAbsolutePath())) {
                    entries.add(Paths.get(entry));
                }
            }
        } else {
            Path classes = targetDir.resolve("cp-worker-classes");
            try (JarFile file = new JarFile(own.toFile())) {
                for (JarEntry e : Collections.list(file.entries())) {
                    if (e.isDirectory() || !e.getName().startsWith("io/")) {
                        continue;
                    }
                    Path to = classes.resolve(e.getName());
                    Files.createDirectories(to.getParent());
                    try (InputStream in = file.getInputStream(e)) {
                        Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                entries.add(classes);
                String manifestPath = file.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                for (String entry : manifestPath == null ? new String[0] : manifestPath.trim().split("\\s+")) {
                    entries.add(own.getParent().resolve(entry));
                }
            }
        }
        List<String> parts = new ArrayList<>();
        for (Path entry : entries) {
            String name = entry.getFileName() == null ? "" : entry.getFileName().toString();
            if (entry != jar && name.startsWith("hazelcast-") && name.endsWith(".jar")) {
                continue; // 5.7.0's member and client, and its SQL engine
            }
            parts.add(entry.toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, parts);
    }
}
