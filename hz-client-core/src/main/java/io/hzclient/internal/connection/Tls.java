package io.hzclient.internal.connection;

import io.hzclient.config.SslConfig;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.IdentityCipherSuiteFilter;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeTimeoutException;
import io.netty.handler.ssl.SslProvider;
import io.netty.util.ReferenceCountUtil;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ClosedChannelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.time.Duration;

/**
 * TLS as a byte handler: one Netty {@link SslContext} (the JDK provider) made when the client starts, and an
 * {@link SslHandler} per channel whose engine knows the member's host and port, checks the certificate names that host
 * when hostname verification is on, and gives up on a handshake after the connection timeout.
 */
public final class Tls {
    private Tls() {
    }

    /**
     * The channel setup for this TLS config: plain when it is off.
     *
     * @throws IllegalArgumentException if a store cannot be read (the message names the file, never the password),
     *                                  or the JVM does not know a protocol or cipher suite
     */
    public static ChannelSetup channelSetup(SslConfig config, Duration handshakeTimeout) {
        if (!config.enabled()) {
            return ChannelSetup.plain();
        }
        SslContext context = context(config);
        try {
            // an engine now, so protocols or cipher suites the JVM does not know fail the start, not each connection
            ReferenceCountUtil.release(context.newEngine(UnpooledByteBufAllocator.DEFAULT));
        } catch (IllegalArgumentException e) {
            throw refused(config, e);
        }
        long timeoutMillis = handshakeTimeout.toMillis();
        boolean verifyHost = config.hostnameVerification();
        return ChannelSetup.plain().withByteHandler((channel, address) -> {
            SslHandler handler = context.newHandler(channel.alloc(), address.host(), address.port());
            handler.setHandshakeTimeoutMillis(timeoutMillis);
            // set either way: Netty's client contexts check the host by default, a ready SSLContext's may not
            SSLEngine engine = handler.engine();
            SSLParameters parameters = engine.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm(verifyHost ? "HTTPS" : null);
            engine.setSSLParameters(parameters);
            return handler;
        });
    }

    static SslContext context(SslConfig config) {
        String[] protocols = config.protocols().isEmpty() ? null : config.protocols().toArray(String[]::new);
        Iterable<String> ciphers = config.cipherSuites().isEmpty() ? null : config.cipherSuites();
        if (config.sslContext() != null) {
            return new JdkSslContext(config.sslContext(), true, ciphers, IdentityCipherSuiteFilter.INSTANCE,
                    ApplicationProtocolConfig.DISABLED, ClientAuth.NONE, protocols, false);
        }
        SslContextBuilder builder = SslContextBuilder.forClient().sslProvider(SslProvider.JDK)
                .protocols(protocols).ciphers(ciphers)
                .endpointIdentificationAlgorithm(config.hostnameVerification() ? "HTTPS" : null);
        if (config.trustStore() != null) {
            builder.trustManager(trustManagers(config));
        } else if (config.trustManagerFactory() != null) {
            builder.trustManager(config.trustManagerFactory());
        }
        if (config.keyStore() != null) {
            builder.keyManager(keyManagers(config));
        } else if (config.keyManagerFactory() != null) {
            builder.keyManager(config.keyManagerFactory());
        }
        try {
            return builder.build();
        } catch (SSLException | IllegalArgumentException e) {
            throw refused(config, e);
        }
    }

    /**
     * A JDK {@link SSLContext} that trusts what this TLS config trusts (and presents its key), for HTTPS calls beside
     * the member connections (the cloud's discovery API): the config's own context if it has one, else the JVM's
     * default when no trust or key store is set.
     *
     * @throws IllegalArgumentException if a store cannot be read
     */
    public static SSLContext jdkContext(SslConfig config) {
        try {
            if (config.sslContext() != null) {
                return config.sslContext();
            }
            TrustManagerFactory trust = config.trustStore() != null ? trustManagers(config)
                    : config.trustManagerFactory();
            KeyManagerFactory keys = config.keyStore() != null ? keyManagers(config) : config.keyManagerFactory();
            if (trust == null && keys == null) {
                return SSLContext.getDefault();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(),
                    null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("ssl: no TLS context for HTTPS: " + e.getMessage(), e);
        }
    }

    private static IllegalArgumentException refused(SslConfig config, Exception e) {
        return new IllegalArgumentException("ssl: the TLS settings are refused (protocols " + config.protocols()
                + ", cipher suites " + config.cipherSuites() + "): " + e.getMessage(), e);
    }

    private static TrustManagerFactory trustManagers(SslConfig config) {
        KeyStore store = load(config.trustStore(), config.trustStoreType(), config.trustStorePassword(),
                "ssl.trust-store");
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("ssl.trust-store " + config.trustStore() + " cannot be used: "
                    + e.getMessage(), e);
        }
    }

    private static KeyManagerFactory keyManagers(SslConfig config) {
        KeyStore store = load(config.keyStore(), config.keyStoreType(), config.keyStorePassword(), "ssl.key-store");
        try {
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, password(config.keyStorePassword()));
            return factory;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("ssl.key-store " + config.keyStore() + " cannot be used (is the key's"
                    + " password the store's?): " + e.getMessage(), e);
        }
    }

    private static KeyStore load(Path path, String type, String password, String option) {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password(password));
            return store;
        } catch (IOException | GeneralSecurityException e) {
            // the JDK's messages name no password ("keystore password was incorrect" at most)
            throw new IllegalArgumentException(option + " " + path + " (type " + type + ") cannot be read: " + e, e);
        }
    }

    private static char[] password(String password) {
        return password == null ? null : password.toCharArray();
    }

    /** A failed handshake as one readable phrase, the likely reason first when the JDK's message hides it. */
    static String describeHandshakeFailure(Throwable cause) {
        if (cause instanceof ClosedChannelException) {
            return "the member closed the connection during the handshake (a port without TLS does that)";
        }
        if (cause instanceof SslHandshakeTimeoutException) {
            return "no handshake within the connection timeout (a port without TLS may wait like that)";
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CertPathBuilderException) {
                return "the member's certificate is not trusted (no trusted CA signed it): " + cause.getMessage();
            }
            if (t instanceof CertificateException && t.getMessage() != null
                    && (t.getMessage().startsWith("No subject alternative") || t.getMessage().startsWith("No name"))) {
                return "the member's certificate does not name the host dialled (hostname verification): "
                        + t.getMessage();
            }
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
