package io.hzclient.config;

/**
 * The TCP options of every connection to a member ({@code socket.*}), as the Python client's {@code socket_options}
 * and the official Java client's {@code SocketOptions} set them.
 *
 * @param tcpNoDelay        {@code TCP_NODELAY}: send small messages at once (Nagle's algorithm off); true by default
 * @param keepAlive         {@code SO_KEEPALIVE}: let the OS probe an idle connection; true by default
 * @param lingerSeconds     {@code SO_LINGER}: how long a close waits for unsent data, in seconds; -1 (the default)
 *                          leaves it off, as the OS has it
 * @param receiveBufferSize {@code SO_RCVBUF} in bytes; 0 (the default) leaves the OS's size (and its auto-tuning)
 * @param sendBufferSize    {@code SO_SNDBUF} in bytes; 0 (the default) leaves the OS's size
 */
public record SocketOptions(boolean tcpNoDelay, boolean keepAlive, int lingerSeconds, int receiveBufferSize,
                            int sendBufferSize) {

    /** The defaults: no-delay and keep-alive on, linger and buffer sizes as the OS has them. */
    public static final SocketOptions DEFAULT = new SocketOptions(true, true, -1, 0, 0);

    /**
     * Makes socket options, checked; each error names the option.
     *
     * @param tcpNoDelay        {@code TCP_NODELAY}
     * @param keepAlive         {@code SO_KEEPALIVE}
     * @param lingerSeconds     {@code SO_LINGER} in seconds (0 or more), or -1 for off
     * @param receiveBufferSize {@code SO_RCVBUF} in bytes, or 0 for the OS's
     * @param sendBufferSize    {@code SO_SNDBUF} in bytes, or 0 for the OS's
     * @throws IllegalArgumentException if a value is out of its bounds
     */
    public SocketOptions {
        if (lingerSeconds < -1) {
            throw new IllegalArgumentException("socket.linger-seconds must be 0 or more, or -1 for off; got "
                    + lingerSeconds);
        }
        if (receiveBufferSize < 0) {
            throw new IllegalArgumentException("socket.receive-buffer-size must be 0 (the OS's) or more; got "
                    + receiveBufferSize);
        }
        if (sendBufferSize < 0) {
            throw new IllegalArgumentException("socket.send-buffer-size must be 0 (the OS's) or more; got "
                    + sendBufferSize);
        }
    }
}
