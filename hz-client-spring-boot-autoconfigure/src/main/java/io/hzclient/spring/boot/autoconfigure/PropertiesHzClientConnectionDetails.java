package io.hzclient.spring.boot.autoconfigure;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;

import java.util.List;

/** The connection details the {@code hz.client.*} properties give; the SSL bundle is looked up by its name. */
final class PropertiesHzClientConnectionDetails implements HzClientConnectionDetails {
    static final String SSL_BUNDLE = HzClientProperties.PREFIX + ".ssl.bundle";

    private final HzClientProperties properties;
    private final SslBundles sslBundles;

    PropertiesHzClientConnectionDetails(HzClientProperties properties, SslBundles sslBundles) {
        this.properties = properties;
        this.sslBundles = sslBundles;
    }

    @Override
    public String getClusterName() {
        return properties.getClusterName();
    }

    @Override
    public List<String> getClusterMembers() {
        return properties.getClusterMembers();
    }

    // ---- credentials (issue 22)

    @Override
    public String getUsername() {
        return properties.getSecurity().getUsername();
    }

    @Override
    public String getPassword() {
        return properties.getSecurity().getPassword();
    }

    @Override
    public String getToken() {
        return properties.getSecurity().getToken();
    }

    /** The bundle {@code hz.client.ssl.bundle} names, when TLS is on; an unknown name stops the startup. */
    @Override
    public SslBundle getSslBundle() {
        HzClientProperties.Ssl ssl = properties.getSsl();
        String name = ssl.getBundle();
        if (!ssl.isEnabled() || name == null) {
            return null;
        }
        if (sslBundles == null) {
            throw new InvalidConfigurationPropertyValueException(SSL_BUNDLE, name,
                    "There are no SSL bundles in this application (Spring Boot's SSL auto-configuration is off)");
        }
        try {
            return sslBundles.getBundle(name);
        } catch (NoSuchSslBundleException e) {
            throw new InvalidConfigurationPropertyValueException(SSL_BUNDLE, name, "No SSL bundle is named '" + name
                    + "'; define it under spring.ssl.bundle.jks." + name + " or spring.ssl.bundle.pem." + name
                    + " (bundles defined: " + sslBundles.getBundleNames() + ")");
        }
    }
}
