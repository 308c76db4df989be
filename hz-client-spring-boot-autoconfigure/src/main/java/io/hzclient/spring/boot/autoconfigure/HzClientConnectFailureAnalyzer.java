package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.ClusterConnectException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** "No member reachable": what was tried, and what to check. */
final class HzClientConnectFailureAnalyzer extends AbstractFailureAnalyzer<ClusterConnectException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ClusterConnectException cause) {
        String description = "The Hazelcast client could not reach its cluster.\n\n    " + cause.getMessage();
        String action = """
                Check that a member of the cluster runs and that this machine reaches it:
                    - hz.client.cluster-members lists the members' host:port (default 127.0.0.1, ports 5701-5703);
                    - hz.client.cluster-name is the members' cluster name (default dev);
                    - with Hazelcast Cloud: hz.client.cloud.discovery-token is the cluster's token, and                 hz.client.cloud.url-base reaches the cloud's discovery API (the message above names its answer).
                To wait longer at startup raise hz.client.startup.timeout (default 30s); to start the application \
                without the cluster and connect in the background, set hz.client.startup.mode=lazy.""";
        return new FailureAnalysis(description, action, cause);
    }
}
