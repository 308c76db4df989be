package io.hzclient;

/**
 * A call may or may not have taken effect: the member that owns the data answered, but the client could not learn
 * that the backups were made (the owner's connection closed, or the backup acknowledgements did not all come within
 * {@code operation-backup-timeout} and {@code fail-on-indeterminate-operation-state} is on). Read the data back, or
 * repeat the call if it is idempotent.
 */
public class IndeterminateOperationStateException extends HzClientException {
    /**
     * Makes the exception.
     *
     * @param message what happened, for the log and the caller
     */
    public IndeterminateOperationStateException(String message) {
        super(message);
    }
}
