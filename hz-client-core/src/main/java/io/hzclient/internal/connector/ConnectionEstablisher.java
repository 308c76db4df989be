package io.hzclient.internal.connector;

import io.hzclient.config.MemberAddress;
import io.hzclient.internal.connection.Connection;
import io.hzclient.internal.connection.ConnectionOpener;
import io.hzclient.internal.discovery.AddressTranslator;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/**
 * The one way the connector reaches a member: open, authenticate, admit. From the moment it is open, the
 * connection's close is handled by {@link ConnectionLoss} (on the connector thread), whatever step it had reached.
 */
final class ConnectionEstablisher {
    private final ConnectionOpener opener;
    private final Authenticator authenticator;
    private final ConnectionAdmission admission;
    private final ConnectionLoss loss;
    private final ConnectorThread connectorThread;
    private final AddressTranslator translator;

    ConnectionEstablisher(ConnectionOpener opener, Authenticator authenticator, ConnectionAdmission admission,
                          ConnectionLoss loss, ConnectorThread connectorThread, AddressTranslator translator) {
        this.translator = translator;
        this.opener = opener;
        this.authenticator = authenticator;
        this.admission = admission;
        this.loss = loss;
        this.connectorThread = connectorThread;
    }

    /**
     * Completes with the connection to use for that member, or with the reason none could be established. The
     * address is the member's as announced (or configured); the one dialled is its translation.
     */
    CompletableFuture<Connection> connect(MemberAddress address) {
        CompletableFuture<Connection> result = new CompletableFuture<>();
        MemberAddress dial;
        try {
            dial = translator.translate(address);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        opener.open(dial).whenComplete((connection, notOpened) -> {
            if (notOpened != null) {
                result.completeExceptionally(notOpened);
                return;
            }
            connection.onClose(() -> connectorThread.execute(() -> loss.closed(connection)));
            authenticator.authenticate(connection)
                    .thenApply(auth -> admission.admit(connection, auth)) // on the connector thread, as the answer
                    .whenComplete((admitted, failure) -> {
                        if (failure != null) {
                            connection.close("authentication failed: " + describe(failure));
                            result.completeExceptionally(failure);
                        } else {
                            result.complete(admitted);
                        }
                    });
        });
        return result;
    }

    /** A failure as one readable phrase, for logs and close reasons. */
    static String describe(Throwable t) {
        if (t instanceof TimeoutException) {
            return "no answer in time";
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
