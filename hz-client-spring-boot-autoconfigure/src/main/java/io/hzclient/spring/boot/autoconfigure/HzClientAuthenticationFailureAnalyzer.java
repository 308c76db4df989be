package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.AuthenticationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** "Wrong cluster name" (or a client the cluster does not admit): which setting to fix. */
class HzClientAuthenticationFailureAnalyzer extends AbstractFailureAnalyzer<AuthenticationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AuthenticationException cause) {
        String description = "A Hazelcast member refused the client.\n\n    " + cause.getMessage();
        String action = """
                Set hz.client.cluster-name to the cluster name the members run with (cluster-name in their \
                hazelcast.yaml/xml; the default is dev). If the name is right, check the cluster's client \
                permissions and client filtering (blue/green deployments).""";
        return new FailureAnalysis(description, action, cause);
    }
}
