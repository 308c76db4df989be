package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.AuthenticationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * "Wrong cluster name", "credentials refused" (or a client the cluster does not admit): which setting to fix. The
 * exception's message names the credentials by their username or kind, never by a secret.
 */
final class HzClientAuthenticationFailureAnalyzer extends AbstractFailureAnalyzer<AuthenticationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AuthenticationException cause) {
        String description = "A Hazelcast member refused the client.\n\n    " + cause.getMessage();
        String message = String.valueOf(cause.getMessage());
        if (message.contains("credentials") && message.contains("were refused")) {
            String action = """
                    The member refused the credentials: check hz.client.security.username and \
                    hz.client.security.password (or hz.client.security.token) against the cluster's security \
                    configuration. A member without security (every open-source member) refuses any credentials: \
                    remove hz.client.security.* for it. If the credentials are right, set hz.client.cluster-name to \
                    the cluster name the members run with (the default is dev).""";
            return new FailureAnalysis("A Hazelcast member refused the client's credentials.\n\n    " + message,
                    action, cause);
        }
        String action = """
                Set hz.client.cluster-name to the cluster name the members run with (cluster-name in their \
                hazelcast.yaml/xml; the default is dev). If the name is right, check the cluster's client \
                permissions and client filtering (blue/green deployments).""";
        return new FailureAnalysis(description, action, cause);
    }
}
