package io.hzclient.spring.boot.autoconfigure.health;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds the client's health to the readiness group ({@code /actuator/health/readiness}, present when the probes are on),
 * so an instance that has lost the cluster stops getting traffic. {@code hz.client.health.readiness=false} leaves the
 * group as it is.
 */
final class HzClientReadiness implements HealthEndpointGroupsPostProcessor {
    static final String READINESS = "readiness";
    private final String contributorName;

    HzClientReadiness(String contributorName) {
        this.contributorName = contributorName;
    }

    @Override
    public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
        HealthEndpointGroup readiness = groups.get(READINESS);
        if (readiness == null || readiness.isMember(contributorName)) {
            return groups;
        }
        Map<String, HealthEndpointGroup> byName = new LinkedHashMap<>();
        for (String name : groups.getNames()) {
            byName.put(name, groups.get(name));
        }
        byName.put(READINESS, new WithClient(readiness, contributorName));
        return HealthEndpointGroups.of(groups.getPrimary(), byName);
    }

    private record WithClient(HealthEndpointGroup delegate, String contributorName) implements HealthEndpointGroup {
        @Override
        public boolean isMember(String name) {
            return contributorName.equals(name) || delegate.isMember(name);
        }

        @Override
        public boolean showComponents(SecurityContext securityContext) {
            return delegate.showComponents(securityContext);
        }

        @Override
        public boolean showDetails(SecurityContext securityContext) {
            return delegate.showDetails(securityContext);
        }

        @Override
        public StatusAggregator getStatusAggregator() {
            return delegate.getStatusAggregator();
        }

        @Override
        public HttpCodeStatusMapper getHttpCodeStatusMapper() {
            return delegate.getHttpCodeStatusMapper();
        }

        @Override
        public AdditionalHealthEndpointPath getAdditionalPath() {
            return delegate.getAdditionalPath();
        }
    }
}
