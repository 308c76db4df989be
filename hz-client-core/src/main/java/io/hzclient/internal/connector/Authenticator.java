package io.hzclient.internal.connector;

import io.hzclient.AuthenticationException;
import io.hzclient.TargetDisconnectedException;
import io.hzclient.config.ClientConfig;
import io.hzclient.internal.codec.ClientCodec;
import io.hzclient.internal.codec.ClientCodec.AuthenticationResult;
import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.protocol.ClientMessage;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Authenticates a new connection: the client's name, labels and cluster name; the member's answer checked. */
final class Authenticator {
    private static final String CLIENT_TYPE = "JVM";

    private final ClientConfig config;
    private final UUID clientUuid;
    private final String clientName;
    private final ConnectionCalls calls;
    private final Executor connectorThread;

    Authenticator(ClientConfig config, UUID clientUuid, String clientName, ConnectionCalls calls,
                  Executor connectorThread) {
        this.config = config;
        this.clientUuid = clientUuid;
        this.clientName = clientName;
        this.calls = calls;
        this.connectorThread = connectorThread;
    }

    /**
     * Completes on the connector thread with the member's answer if it accepted the client; fails with an
     * {@link AuthenticationException} naming why if it refused, or when no answer came within the connection timeout.
     */
    CompletableFuture<AuthenticationResult> authenticate(Connection connection) {
        ClientMessage request = ClientCodec.authentication(config.clusterName(), null, null, clientUuid, CLIENT_TYPE,
                clientName, config.labels(), config.smartRouting());
        CompletableFuture<ClientMessage> answer = calls.invoke(request, connection, null)
                .orTimeout(config.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS);
        if (!config.ssl().enabled()) {
            answer = answer.exceptionallyCompose(e -> CompletableFuture.failedFuture(withTlsHint(connection, e)));
        }
        return answer.thenApplyAsync(response -> accepted(connection, ClientCodec.decodeAuthentication(response)),
                        connectorThread);
    }

    /** A member that closed a plain connection before it answered may want TLS: the failure says so. */
    private static Throwable withTlsHint(Connection connection, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof TargetDisconnectedException && connection.closeReason() == null) {
            return new TargetDisconnectedException(cause.getMessage() + " (before it answered the authentication;"
                    + " a member port that requires TLS closes a connection without it: see the ssl settings)", cause);
        }
        return failure;
    }

    private AuthenticationResult accepted(Connection connection, AuthenticationResult auth) {
        String refused = "The member at " + connection.address() + " refused the client";
        switch (auth.status()) {
            case 0 -> {
                return auth;
            }
            case 1 -> throw new AuthenticationException(refused + ": cluster name '" + config.clusterName()
                    + "' is not the member's cluster name, or the credentials are wrong");
            case 2 -> throw new AuthenticationException(refused + ": serialization version " + 1
                    + " is not the member's");
            case 3 -> throw new AuthenticationException(refused
                    + ": the cluster does not allow it (client filtering or blue/green)");
            default -> throw new AuthenticationException(refused + " with unknown status " + auth.status());
        }
    }
}
