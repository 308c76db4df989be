package io.hzclient.internal.connector;

import io.hzclient.AuthenticationException;
import io.hzclient.HzClientException;
import io.hzclient.TargetDisconnectedException;
import io.hzclient.config.ClientConfig;
import io.hzclient.config.Credentials;
import io.hzclient.internal.codec.ClientCodec;
import io.hzclient.internal.codec.ClientCodec.AuthenticationResult;
import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.protocol.ClientMessage;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Authenticates a new connection: the client's name, labels, cluster name and credentials (a username and password
 * in {@code Client.authentication}, a token or a serialized custom object in {@code Client.authenticationCustom}, as
 * the official clients send them); the member's answer checked. No secret goes into an error message.
 */
final class Authenticator {
    private static final String CLIENT_TYPE = "JVM";

    private final ClientConfig config;
    private final UUID clientUuid;
    private final String clientName;
    private final ConnectionCalls calls;
    private final Executor connectorThread;
    private final Function<Object, byte[]> serializer;
    /** The bytes of a token or custom credentials object, made once by {@link #prepare()}; null otherwise. */
    private volatile byte[] customCredentials;

    Authenticator(ClientConfig config, UUID clientUuid, String clientName, ConnectionCalls calls,
                  Executor connectorThread, Function<Object, byte[]> serializer) {
        this.config = config;
        this.clientUuid = clientUuid;
        this.clientName = clientName;
        this.calls = calls;
        this.connectorThread = connectorThread;
        this.serializer = serializer;
    }

    /**
     * Serializes custom credentials, once, before the first connection: one that cannot be serialized fails the
     * start at once.
     *
     * @throws HzClientException if the custom credentials object cannot be serialized
     */
    void prepare() {
        Credentials credentials = config.credentials();
        if (credentials instanceof Credentials.Token token) {
            customCredentials = token.token();
        } else if (credentials instanceof Credentials.Custom custom) {
            try {
                customCredentials = serializer.apply(custom.credentials());
            } catch (RuntimeException e) {
                throw new HzClientException("The custom credentials (" + custom.describe()
                        + ") cannot be serialized with the client's serialization config: register a serializer"
                        + " for the type", e);
            }
        }
    }

    private ClientMessage request() {
        Credentials credentials = config.credentials();
        if (credentials == null || credentials instanceof Credentials.UsernamePassword) {
            Credentials.UsernamePassword up = (Credentials.UsernamePassword) credentials;
            return ClientCodec.authentication(config.clusterName(), up == null ? null : up.username(),
                    up == null ? null : up.password(), clientUuid, CLIENT_TYPE, clientName, config.labels(),
                    config.smartRouting());
        }
        byte[] bytes = customCredentials;
        if (bytes == null) {
            prepare();
            bytes = customCredentials;
        }
        return ClientCodec.authenticationCustom(config.clusterName(), bytes, clientUuid, CLIENT_TYPE, clientName,
                config.labels(), config.smartRouting());
    }

    /**
     * Completes on the connector thread with the member's answer if it accepted the client; fails with an
     * {@link AuthenticationException} naming why if it refused, or when no answer came within the connection timeout.
     */
    CompletableFuture<AuthenticationResult> authenticate(Connection connection) {
        ClientMessage request;
        try {
            request = request();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
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
            case 1 -> throw new AuthenticationException(config.credentials() == null
                    ? refused + ": cluster name '" + config.clusterName()
                    + "' is not the member's cluster name, or the member requires credentials (none are set)"
                    : refused + ": the credentials (" + config.credentials().describe() + ") were refused, or"
                    + " cluster name '" + config.clusterName() + "' is not the member's cluster name (a member"
                    + " without security, as every open-source member, refuses any credentials)");
            case 2 -> throw new AuthenticationException(refused + ": serialization version " + 1
                    + " is not the member's");
            case 3 -> throw new AuthenticationException(refused
                    + ": the cluster does not allow it (client filtering or blue/green)");
            default -> throw new AuthenticationException(refused + " with unknown status " + auth.status());
        }
    }
}
