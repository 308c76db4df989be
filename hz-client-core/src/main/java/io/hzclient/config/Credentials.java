package io.hzclient.config;

import java.util.Arrays;
import java.util.Objects;

/**
 * What the client proves itself with when it authenticates: a username and password, a token, or an object of the
 * application's own. A member with security refuses the client with an {@link io.hzclient.AuthenticationException}
 * when they are wrong; a member without security (every open-source member) refuses any credentials, so set none for
 * it. Set with
 * {@link ClientConfig.Builder#credentials(String, String)}, {@link ClientConfig.Builder#token(byte[])} or
 * {@link ClientConfig.Builder#customCredentials(Object)}.
 *
 * <p>No secret is in {@code toString()}: a password and a token are shown as {@code ******}, a custom object only by
 * its class name.
 */
public sealed interface Credentials permits Credentials.UsernamePassword, Credentials.Token, Credentials.Custom {

    /**
     * What an error or a log line may say of these credentials: the username, or the kind of credentials, never the
     * secret.
     *
     * @return a short description without any secret
     */
    String describe();

    /** A username and password, sent in {@code Client.authentication}. */
    final class UsernamePassword implements Credentials {
        private final String username;
        private final String password;

        UsernamePassword(String username, String password) {
            this.username = Checks.notBlank(username, "security.username");
            this.password = Objects.requireNonNull(password, "security.password must not be null");
        }

        /**
         * The username.
         *
         * @return the username, never blank
         */
        public String username() {
            return username;
        }

        /**
         * The password.
         *
         * @return the password, never null
         */
        public String password() {
            return password;
        }

        @Override
        public String describe() {
            return "username '" + username + "'";
        }

        @Override
        public String toString() {
            return "UsernamePassword[username=" + username + ", password=******]";
        }
    }

    /** A token (for example a JWT's bytes), sent as it is in {@code Client.authenticationCustom}. */
    final class Token implements Credentials {
        private final byte[] token;

        Token(byte[] token) {
            Objects.requireNonNull(token, "security.token must not be null");
            if (token.length == 0) {
                throw new IllegalArgumentException("security.token must not be empty");
            }
            this.token = token.clone();
        }

        /**
         * The token's bytes.
         *
         * @return a copy of the token
         */
        public byte[] token() {
            return token.clone();
        }

        @Override
        public String describe() {
            return "a token";
        }

        @Override
        public String toString() {
            return "Token[******]";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Token t && Arrays.equals(token, t.token);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(token);
        }
    }

    /**
     * An object of the application's own, serialized with the client's serialization service and sent in
     * {@code Client.authenticationCustom}, for a member whose login module reads it.
     */
    final class Custom implements Credentials {
        private final Object credentials;

        Custom(Object credentials) {
            this.credentials = Objects.requireNonNull(credentials, "custom credentials must not be null");
        }

        /**
         * The object as the application gave it.
         *
         * @return the credentials object
         */
        public Object credentials() {
            return credentials;
        }

        @Override
        public String describe() {
            return "custom credentials of type " + credentials.getClass().getName();
        }

        @Override
        public String toString() {
            return "Custom[" + credentials.getClass().getName() + "]";
        }
    }
}
