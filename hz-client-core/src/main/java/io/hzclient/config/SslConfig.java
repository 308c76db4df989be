package io.hzclient.config;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * TLS for every connection to the members ({@code ssl}): off by default ({@link #DISABLED}). When on, each connection
 * does a TLS handshake (the JDK's TLS provider) before anything else is sent, and every byte, the protocol preamble
 * included, goes through TLS. A handshake that fails (an untrusted certificate, a certificate that does not name the
 * member's host, a client certificate the member requires and did not get) or does not end within the connection
 * timeout fails that connection attempt, and the reason is named in the
 * {@link io.hzclient.ClusterConnectException}'s message.
 *
 * <p>What the client trusts: the trust store, else the trust manager factory, else the JVM's default trust (its
 * {@code cacerts}). What it shows when the member asks for a client certificate (mutual TLS): the key store's key,
 * else the key manager factory's, else none. A ready {@link SSLContext} replaces both. Passwords are never shown by
 * {@link #toString()} nor put in an exception message.
 *
 * <pre>
 * ClientConfig.builder().addresses("members.example.com:5701")
 *         .ssl(SslConfig.builder().trustStore(Path.of("truststore.p12"), "PKCS12", "secret").build())
 *         .build();
 * </pre>
 */
public final class SslConfig {
    /** TLS off: the connections are plain TCP. */
    public static final SslConfig DISABLED = new Builder().enabled(false).build();

    private final boolean enabled;
    private final Path trustStore;
    private final String trustStoreType;
    private final String trustStorePassword;
    private final TrustManagerFactory trustManagerFactory;
    private final Path keyStore;
    private final String keyStoreType;
    private final String keyStorePassword;
    private final KeyManagerFactory keyManagerFactory;
    private final SSLContext sslContext;
    private final List<String> protocols;
    private final List<String> cipherSuites;
    private final boolean hostnameVerification;

    private SslConfig(Builder b) {
        this.enabled = b.enabled;
        this.trustStore = b.trustStore;
        this.trustStoreType = b.trustStoreType;
        this.trustStorePassword = b.trustStorePassword;
        this.trustManagerFactory = b.trustManagerFactory;
        this.keyStore = b.keyStore;
        this.keyStoreType = b.keyStoreType;
        this.keyStorePassword = b.keyStorePassword;
        this.keyManagerFactory = b.keyManagerFactory;
        this.sslContext = b.sslContext;
        this.protocols = List.copyOf(b.protocols);
        this.cipherSuites = List.copyOf(b.cipherSuites);
        this.hostnameVerification = b.hostnameVerification;
    }

    /**
     * A builder for a config with TLS on, trusting the JVM's default trust store, hostname verification on.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether the connections use TLS.
     *
     * @return false for {@link #DISABLED}, true by default for a built config
     */
    public boolean enabled() {
        return enabled;
    }

    /**
     * The trust store file: the certificates (or their CAs) of the members the client trusts.
     *
     * @return the file, or null
     */
    public Path trustStore() {
        return trustStore;
    }

    /**
     * The trust store's type.
     *
     * @return {@code PKCS12}, {@code JKS} or another type the JVM knows; null without a trust store
     */
    public String trustStoreType() {
        return trustStoreType;
    }

    /**
     * The trust store's password.
     *
     * @return the password, or null for none
     */
    public String trustStorePassword() {
        return trustStorePassword;
    }

    /**
     * A ready trust manager factory (a Spring SSL bundle's, for one), used when there is no trust store.
     *
     * @return the factory, or null
     */
    public TrustManagerFactory trustManagerFactory() {
        return trustManagerFactory;
    }

    /**
     * The key store file: the client's key and certificate, shown to members that ask for one (mutual TLS).
     *
     * @return the file, or null
     */
    public Path keyStore() {
        return keyStore;
    }

    /**
     * The key store's type.
     *
     * @return {@code PKCS12}, {@code JKS} or another type the JVM knows; null without a key store
     */
    public String keyStoreType() {
        return keyStoreType;
    }

    /**
     * The key store's password, which is also the password of its key.
     *
     * @return the password, or null for none
     */
    public String keyStorePassword() {
        return keyStorePassword;
    }

    /**
     * A ready key manager factory (a Spring SSL bundle's, for one), used when there is no key store.
     *
     * @return the factory, or null
     */
    public KeyManagerFactory keyManagerFactory() {
        return keyManagerFactory;
    }

    /**
     * A ready SSL context; when set, it decides trust and the client's key, and no store or factory is set.
     *
     * @return the context, or null
     */
    public SSLContext sslContext() {
        return sslContext;
    }

    /**
     * The TLS protocols the client may use ({@code TLSv1.3}, {@code TLSv1.2}).
     *
     * @return the protocols (immutable); empty for the JVM's defaults
     */
    public List<String> protocols() {
        return protocols;
    }

    /**
     * The cipher suites the client may use.
     *
     * @return the suites (immutable); empty for the JVM's defaults
     */
    public List<String> cipherSuites() {
        return cipherSuites;
    }

    /**
     * Whether the member's certificate must name the host the client dialled (as HTTPS checks a server's): the host
     * name or IP address of the member address, matched against the certificate's subject alternative names.
     *
     * @return true by default
     */
    public boolean hostnameVerification() {
        return hostnameVerification;
    }

    /** The settings, without any password (a set password shows as {@code ****}). */
    @Override
    public String toString() {
        if (!enabled) {
            return "SslConfig{enabled=false}";
        }
        return "SslConfig{enabled=true"
                + (trustStore != null ? ", trustStore=" + trustStore + " (" + trustStoreType + ", password "
                + (trustStorePassword != null ? "****" : "none") + ")" : "")
                + (trustManagerFactory != null ? ", trustManagerFactory=" + trustManagerFactory.getAlgorithm() : "")
                + (keyStore != null ? ", keyStore=" + keyStore + " (" + keyStoreType + ", password "
                + (keyStorePassword != null ? "****" : "none") + ")" : "")
                + (keyManagerFactory != null ? ", keyManagerFactory=" + keyManagerFactory.getAlgorithm() : "")
                + (sslContext != null ? ", sslContext=" + sslContext.getProtocol() : "")
                + (protocols.isEmpty() ? "" : ", protocols=" + protocols)
                + (cipherSuites.isEmpty() ? "" : ", cipherSuites=" + cipherSuites)
                + ", hostnameVerification=" + hostnameVerification + '}';
    }

    /** Collects the TLS settings; {@link #build()} checks that they fit together. */
    public static final class Builder {
        private boolean enabled = true;
        private Path trustStore;
        private String trustStoreType;
        private String trustStorePassword;
        private TrustManagerFactory trustManagerFactory;
        private Path keyStore;
        private String keyStoreType;
        private String keyStorePassword;
        private KeyManagerFactory keyManagerFactory;
        private SSLContext sslContext;
        private List<String> protocols = new ArrayList<>();
        private List<String> cipherSuites = new ArrayList<>();
        private boolean hostnameVerification = true;

        private Builder() {
        }

        /**
         * Sets whether the connections use TLS ({@code ssl.enabled}); true unless set.
         *
         * @param enabled false for plain TCP
         * @return this builder
         */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Sets the trust store ({@code ssl.trust-store}); it is read when the client starts.
         *
         * @param path the file
         * @param type {@code PKCS12}, {@code JKS}, ...; null for {@code PKCS12}
         * @param password the store's password, or null for none
         * @return this builder
         * @throws NullPointerException if {@code path} is null
         */
        public Builder trustStore(Path path, String type, String password) {
            this.trustStore = Objects.requireNonNull(path, "ssl.trust-store must not be null");
            this.trustStoreType = type == null || type.isBlank() ? "PKCS12" : type;
            this.trustStorePassword = password;
            return this;
        }

        /**
         * Sets a ready trust manager factory, in place of a trust store.
         *
         * @param factory an initialized factory
         * @return this builder
         * @throws NullPointerException if {@code factory} is null
         */
        public Builder trustManagerFactory(TrustManagerFactory factory) {
            this.trustManagerFactory = Objects.requireNonNull(factory, "ssl trust manager factory must not be null");
            return this;
        }

        /**
         * Sets the key store for mutual TLS ({@code ssl.key-store}); it is read when the client starts.
         *
         * @param path the file, holding one key and its certificate chain
         * @param type {@code PKCS12}, {@code JKS}, ...; null for {@code PKCS12}
         * @param password the store's password, also the key's; null for none
         * @return this builder
         * @throws NullPointerException if {@code path} is null
         */
        public Builder keyStore(Path path, String type, String password) {
            this.keyStore = Objects.requireNonNull(path, "ssl.key-store must not be null");
            this.keyStoreType = type == null || type.isBlank() ? "PKCS12" : type;
            this.keyStorePassword = password;
            return this;
        }

        /**
         * Sets a ready key manager factory for mutual TLS, in place of a key store.
         *
         * @param factory an initialized factory
         * @return this builder
         * @throws NullPointerException if {@code factory} is null
         */
        public Builder keyManagerFactory(KeyManagerFactory factory) {
            this.keyManagerFactory = Objects.requireNonNull(factory, "ssl key manager factory must not be null");
            return this;
        }

        /**
         * Sets a ready SSL context, which then decides what is trusted and which key the client shows.
         *
         * @param context an initialized client context
         * @return this builder
         * @throws NullPointerException if {@code context} is null
         */
        public Builder sslContext(SSLContext context) {
            this.sslContext = Objects.requireNonNull(context, "ssl context must not be null");
            return this;
        }

        /**
         * Sets the TLS protocols the client may use ({@code ssl.protocols}).
         *
         * @param protocols e.g. {@code TLSv1.3}; none for the JVM's defaults
         * @return this builder
         * @throws NullPointerException if one is null
         */
        public Builder protocols(List<String> protocols) {
            this.protocols = new ArrayList<>(List.copyOf(protocols));
            return this;
        }

        /**
         * Sets the cipher suites the client may use ({@code ssl.cipher-suites}).
         *
         * @param cipherSuites e.g. {@code TLS_AES_128_GCM_SHA256}; none for the JVM's defaults
         * @return this builder
         * @throws NullPointerException if one is null
         */
        public Builder cipherSuites(List<String> cipherSuites) {
            this.cipherSuites = new ArrayList<>(List.copyOf(cipherSuites));
            return this;
        }

        /**
         * Sets whether the member's certificate must name the host dialled ({@code ssl.hostname-verification});
         * see {@link SslConfig#hostnameVerification()}. Turning it off lets any certificate the trust store trusts
         * through, whoever it was issued to.
         *
         * @param verify false to skip the check
         * @return this builder
         */
        public Builder hostnameVerification(boolean verify) {
            this.hostnameVerification = verify;
            return this;
        }

        /**
         * Makes the immutable config.
         *
         * @return the config
         * @throws IllegalArgumentException if both a trust store and a trust manager factory are set, or both a key
         *         store and a key manager factory, or an SSL context with any of them
         */
        public SslConfig build() {
            if (trustStore != null && trustManagerFactory != null) {
                throw new IllegalArgumentException("ssl: set a trust store or a trust manager factory, not both");
            }
            if (keyStore != null && keyManagerFactory != null) {
                throw new IllegalArgumentException("ssl: set a key store or a key manager factory, not both");
            }
            if (sslContext != null && (trustStore != null || trustManagerFactory != null || keyStore != null
                    || keyManagerFactory != null)) {
                throw new IllegalArgumentException("ssl: an SSL context decides trust and keys itself; set no trust"
                        + " store, key store or manager factory with it");
            }
            return new SslConfig(this);
        }
    }
}
