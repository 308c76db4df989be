package io.hzclient;

/**
 * A message over the client's {@code max-message-size}: a request too large to send (nothing was sent), or an answer
 * too large to read (its bytes were skipped as they came; the connection and every other call go on). Never retried:
 * sending the call again would meet the same limit.
 */
public class MessageTooLargeException extends HzClientException {
    /**
     * Makes the exception.
     *
     * @param message what happened, for the log and the caller
     */
    public MessageTooLargeException(String message) {
        super(message);
    }
}
