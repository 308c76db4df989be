package io.hzclient.transaction;

import io.hzclient.HzClientException;

/**
 * A transaction could not go on or could not commit. Its message says which, and what became of the transaction's
 * changes: rolled back (none made), or unknown (the connection to its member was lost during the commit).
 */
public class TransactionException extends HzClientException {
    /**
     * Makes the exception.
     *
     * @param message what happened and what became of the transaction
     */
    public TransactionException(String message) {
        super(message);
    }

    /**
     * Makes the exception with its cause.
     *
     * @param message what happened and what became of the transaction
     * @param cause   the failure that led to it
     */
    public TransactionException(String message, Throwable cause) {
        super(message, cause);
    }
}
