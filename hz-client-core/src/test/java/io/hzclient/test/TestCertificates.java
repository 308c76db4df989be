package io.hzclient.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Key and trust stores for TLS tests, made at test time with the JDK's {@code keytool} (no new dependency): a test
 * CA; a trust store holding it; server certificates it signed for {@code localhost}/127.0.0.1 and for a wrong host;
 * a client certificate it signed (mutual TLS); and a self-signed {@code localhost} certificate no one trusts. Every
 * store is PKCS12 with the password {@link #PASSWORD}; EC keys keep it quick.
 */
public final class TestCertificates {
    public static final String PASSWORD = "test-secret-1";

    private final Path dir;

    private TestCertificates(Path dir) {
        this.dir = dir;
    }

    /** Makes all the stores in {@code dir}. */
    public static TestCertificates create(Path dir) {
        TestCertificates c = new TestCertificates(dir);
        c.make();
        return c;
    }

    /** Trusts the test CA. */
    public Path trustStore() {
        return dir.resolve("trust.p12");
    }

    /** Trusts only the untrusted self-signed certificate (the test CA not at all). */
    public Path otherTrustStore() {
        return dir.resolve("other-trust.p12");
    }

    /** The server's key: signed by the test CA for localhost and 127.0.0.1. */
    public Path serverKeyStore() {
        return dir.resolve("server.p12");
    }

    /** A server key signed by the test CA for {@code wrong.example.com} only. */
    public Path wrongHostKeyStore() {
        return dir.resolve("wrong-host.p12");
    }

    /** A self-signed server key for localhost and 127.0.0.1: not signed by the test CA. */
    public Path untrustedKeyStore() {
        return dir.resolve("untrusted.p12");
    }

    /** The client's key for mutual TLS, signed by the test CA. */
    public Path clientKeyStore() {
        return dir.resolve("client.p12");
    }

    private void make() {
        Path ca = dir.resolve("ca.p12");
        Path caPem = dir.resolve("ca.pem");
        keytool("-genkeypair", "-alias", "ca", "-dname", "CN=hz-client test CA", "-ext", "bc:c",
                "-keystore", ca.toString());
        keytool("-exportcert", "-rfc", "-alias", "ca", "-file", caPem.toString(), "-keystore", ca.toString());
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", caPem.toString(),
                "-keystore", trustStore().toString());
        signed(ca, caPem, serverKeyStore(), "CN=localhost", "SAN=dns:localhost,ip:127.0.0.1", "EKU=serverAuth");
        signed(ca, caPem, wrongHostKeyStore(), "CN=wrong.example.com", "SAN=dns:wrong.example.com", "EKU=serverAuth");
        signed(ca, caPem, clientKeyStore(), "CN=hz-client test client", "SAN=dns:client.example.com",
                "EKU=clientAuth");
        keytool("-genkeypair", "-alias", "key", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", untrustedKeyStore().toString());
        Path untrustedPem = dir.resolve("untrusted.pem");
        keytool("-exportcert", "-rfc", "-alias", "key", "-file", untrustedPem.toString(),
                "-keystore", untrustedKeyStore().toString());
        keytool("-importcert", "-noprompt", "-alias", "other", "-file", untrustedPem.toString(),
                "-keystore", otherTrustStore().toString());
    }

    private void signed(Path ca, Path caPem, Path store, String dname, String san, String eku) {
        Path csr = dir.resolve(store.getFileName() + ".csr");
        Path pem = dir.resolve(store.getFileName() + ".pem");
        keytool("-genkeypair", "-alias", "key", "-dname", dname, "-keystore", store.toString());
        keytool("-certreq", "-alias", "key", "-file", csr.toString(), "-keystore", store.toString());
        keytool("-gencert", "-rfc", "-alias", "ca", "-infile", csr.toString(), "-outfile", pem.toString(),
                "-ext", san, "-ext", eku, "-keystore", ca.toString());
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", caPem.toString(), "-keystore", store.toString());
        keytool("-importcert", "-alias", "key", "-file", pem.toString(), "-keystore", store.toString());
    }

    private static void keytool(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD, "-keyalg", "EC", "-groupname",
                "secp256r1", "-validity", "2"));
        // -keyalg and friends only for the commands that take them
        if (!args[0].equals("-genkeypair")) {
            command.subList(command.size() - 6, command.size()).clear();
        }
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool " + String.join(" ", args) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run keytool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "TestCertificates" + List.of(dir);
    }
}
