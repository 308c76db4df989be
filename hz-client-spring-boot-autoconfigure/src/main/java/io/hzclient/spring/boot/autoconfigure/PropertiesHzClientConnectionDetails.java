package io.hzclient.spring.boot.autoconfigure;

import java.util.List;

/** The connection details the {@code hz.client.*} properties give. */
final class PropertiesHzClientConnectionDetails implements HzClientConnectionDetails {
    private final HzClientProperties properties;

    PropertiesHzClientConnectionDetails(HzClientProperties properties) {
        this.properties = properties;
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
}
