package io.hzclient.sql;

import java.util.concurrent.CompletableFuture;

/**
 * Runs SQL on the cluster: queries over maps (after a {@code CREATE MAPPING}), DML and DDL. Each statement goes to one
 * data member, chosen as the official clients choose: the owner of the partition of the statement's key argument
 * where the member said which argument that is, otherwise a random member of the cluster's larger same-version group.
 * The members need the {@code hazelcast-sql} module and Jet enabled.
 */
public interface SqlService {

    /**
     * Runs a statement with its parameters.
     *
     * @param sql        the statement, with {@code ?} for each parameter
     * @param parameters the parameters' values in order; null is an SQL NULL
     * @return the result, with the first page of rows already fetched; close it when done
     * @throws NullPointerException     if {@code sql} is null
     * @throws IllegalArgumentException if {@code sql} is blank
     * @throws SqlException             if the member refuses or fails the statement, or no member can run it
     * @throws io.hzclient.ClientNotActiveException if the client is shut down
     */
    SqlResult execute(String sql, Object... parameters);

    /**
     * Runs a statement.
     *
     * @param statement the statement, read once, when called
     * @return the result, with the first page of rows already fetched; close it when done
     * @throws NullPointerException if {@code statement} is null
     * @throws SqlException         if the member refuses or fails the statement, or no member can run it
     * @throws io.hzclient.ClientNotActiveException if the client is shut down
     */
    SqlResult execute(SqlStatement statement);

    /**
     * Runs a statement without blocking the caller.
     *
     * @param statement the statement, read once, when called
     * @return a future of the result (its first page fetched), failed with {@link SqlException} as
     *         {@link #execute(SqlStatement)} throws it; later pages are fetched as the rows are iterated
     * @throws NullPointerException if {@code statement} is null
     */
    CompletableFuture<SqlResult> executeAsync(SqlStatement statement);
}
