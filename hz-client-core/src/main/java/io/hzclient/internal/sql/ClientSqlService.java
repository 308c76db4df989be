package io.hzclient.internal.sql;

import io.hzclient.ClientNotActiveException;
import io.hzclient.ClientOfflineException;
import io.hzclient.Member;
import io.hzclient.TargetDisconnectedException;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.InvocationService;
import io.hzclient.internal.cluster.PartitionService;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.SerializationService;
import io.hzclient.sql.SqlException;
import io.hzclient.sql.SqlResult;
import io.hzclient.sql.SqlRowMetadata;
import io.hzclient.sql.SqlService;
import io.hzclient.sql.SqlStatement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs statements: picks the member, sends execute, and makes the result; fetches and closes for the results it
 * made, and closes the open ones when the client shuts down.
 */
public final class ClientSqlService implements SqlService {
    /** How many statements' partition argument the client remembers (the official client's default). */
    private static final int PARTITION_ARGUMENTS_KEPT = 1000;
    private static final long CLOSE_AT_SHUTDOWN_MILLIS = 2000;

    private final InvocationService invocations;
    private final SerializationService serialization;
    private final PartitionService partitions;
    private final Executor userExecutor;
    private final Supplier<? extends Collection<Member>> members;
    private final Predicate<UUID> connected;
    private final boolean smartRouting;
    private final Map<String, Integer> partitionArguments = new ConcurrentHashMap<>();
    private final Set<SqlCursor> open = ConcurrentHashMap.newKeySet();

    public ClientSqlService(InvocationService invocations, SerializationService serialization,
                            PartitionService partitions, Executor userExecutor,
                            Supplier<? extends Collection<Member>> members, Predicate<UUID> connected,
                            boolean smartRouting) {
        this.invocations = invocations;
        this.serialization = serialization;
        this.partitions = partitions;
        this.userExecutor = userExecutor;
        this.members = members;
        this.connected = connected;
        this.smartRouting = smartRouting;
    }

    @Override
    public SqlResult execute(String sql, Object... parameters) {
        return execute(new SqlStatement(sql).setParameters(parameters));
    }

    @Override
    public SqlResult execute(SqlStatement statement) {
        Execution e = prepare(statement);
        SqlCodec.ExecuteResponse response;
        try {
            response = invocations.invoke(e.call).sync();
        } catch (RuntimeException failure) {
            throw failure(failure, e.member);
        }
        return result(e, response);
    }

    @Override
    public CompletableFuture<SqlResult> executeAsync(SqlStatement statement) {
        Execution e;
        try {
            e = prepare(statement);
        } catch (RuntimeException failure) {
            return CompletableFuture.failedFuture(failure);
        }
        return invocations.invoke(e.call).async(userExecutor).handle((response, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                throw cause instanceof RuntimeException r ? failure(r, e.member) : new CompletionException(cause);
            }
            return result(e, response);
        });
    }

    /** A statement ready to send: its member, its id, its call. */
    private record Execution(SqlStatement statement, UUID member, SqlQueryId queryId,
                             Call<SqlCodec.ExecuteResponse> call) {
    }

    private Execution prepare(SqlStatement statement) {
        Objects.requireNonNull(statement, "statement must not be null");
        List<Data> parameters = serialized(statement);
        UUID member = member(statement.getSql(), parameters);
        SqlQueryId queryId = SqlQueryId.forMember(member);
        Call<SqlCodec.ExecuteResponse> call = SqlCodec.execute(statement.getSql(), parameters,
                statement.getTimeoutMillis(), statement.getCursorBufferSize(), statement.getSchema(),
                (byte) statement.getExpectedResultType().id(), queryId, false, member);
        return new Execution(statement, member, queryId, call);
    }

    /** The member the statement would be sent to now. */
    UUID memberFor(SqlStatement statement) {
        return member(statement.getSql(), serialized(statement));
    }

    private List<Data> serialized(SqlStatement statement) {
        List<Object> given = statement.getParameters();
        int n = given.size();
        List<Data> parameters = new ArrayList<>(n);
        for (int i = 0; i < n; i++) { // indexed: no iterator per query
            Object parameter = given.get(i);
            try {
                parameters.add(parameter == null ? null : serialization.toData(parameter));
            } catch (RuntimeException e) {
                throw new SqlException(SqlException.GENERIC, "cannot serialize the query parameter " + parameter
                        + " (" + parameter.getClass().getName() + "): " + e.getMessage(), null, null, e);
            }
        }
        return parameters;
    }

    /**
     * The member to run a statement: the owner of its key argument's partition when the member told us which argument
     * that is (smart routing only), otherwise a random connected member of the larger same-version group of data
     * members, as the official clients choose.
     */
    private UUID member(String sql, List<Data> parameters) {
        Integer argument = partitionArguments.get(sql);
        if (smartRouting && argument != null && argument < parameters.size() && parameters.get(argument) != null) {
            UUID owner = partitions.owner(partitions.partitionId(parameters.get(argument)));
            if (owner != null && connected.test(owner)) {
                return owner;
            }
        }
        Map<String, List<Member>> byVersion = members.get().stream().filter(m -> !m.liteMember())
                .collect(Collectors.groupingBy(m -> Objects.toString(m.version(), ""), LinkedHashMap::new,
                        Collectors.toList()));
        List<Member> larger = byVersion.values().stream().max(Comparator.<List<Member>>comparingInt(List::size)
                .thenComparing(g -> g.get(0).version(), ClientSqlService::compareVersions)).orElse(List.of());
        List<UUID> candidates = larger.stream().map(Member::uuid).filter(connected).toList();
        if (candidates.isEmpty()) {
            candidates = members.get().stream().filter(m -> !m.liteMember()).map(Member::uuid).filter(connected)
                    .toList();
        }
        if (candidates.isEmpty()) {
            throw new SqlException(SqlException.CONNECTION_PROBLEM, "the client is connected to no data member that"
                    + " could run the statement", null, null, null);
        }
        return candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].chars().allMatch(Character::isDigit) && y[i].chars().allMatch(Character::isDigit)
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private SqlResult result(Execution e, SqlCodec.ExecuteResponse response) {
        if (response.error() != null) {
            throw exception(response.error());
        }
        rememberPartitionArgument(e.statement.getSql(), response.partitionArgumentIndex());
        if (response.rowMetadata() == null) {
            return new SqlCursor.UpdateCount(response.updateCount());
        }
        SqlCursor cursor = new SqlCursor(this, e.member, e.queryId, e.statement.getCursorBufferSize(),
                new SqlRowMetadata(response.rowMetadata()), response.rowPage(), serialization);
        if (cursor.openOnMember()) {
            open.add(cursor);
        }
        return cursor;
    }

    private void rememberPartitionArgument(String sql, int index) {
        if (!smartRouting) {
            return;
        }
        if (index < 0) {
            partitionArguments.remove(sql);
        } else {
            if (partitionArguments.size() >= PARTITION_ARGUMENTS_KEPT) {
                partitionArguments.clear(); // rare: more distinct statements than kept; they are learnt again
            }
            partitionArguments.put(sql, index);
        }
    }

    /** The next page of an open query; throws SqlException when the member fails it or cannot be reached. */
    SqlPage fetch(SqlCursor cursor, int cursorBufferSize) {
        SqlCodec.FetchResponse response;
        try {
            response = invocations.invoke(SqlCodec.fetch(cursor.queryId(), cursorBufferSize, cursor.member())).sync();
        } catch (RuntimeException e) {
            open.remove(cursor);
            throw failure(e, cursor.member());
        }
        if (response.error() != null) {
            open.remove(cursor);
            throw exception(response.error());
        }
        if (response.rowPage().last()) {
            open.remove(cursor);
        }
        return response.rowPage();
    }

    /** A result was closed: the member forgets its query, if it still holds it. */
    void closed(SqlCursor cursor) {
        if (open.remove(cursor) && cursor.openOnMember()) {
            try {
                invocations.invoke(SqlCodec.close(cursor.queryId(), cursor.member())).sync();
            } catch (TargetDisconnectedException | ClientNotActiveException | ClientOfflineException e) {
                // the member is gone or the client is: the query went with its connection
            }
        }
    }

    /** At shutdown, before the connections close: cancels every query still open on a member, waiting a moment. */
    public void shutdown() {
        List<CompletableFuture<?>> closes = new ArrayList<>();
        for (SqlCursor cursor : List.copyOf(open)) {
            if (open.remove(cursor)) {
                cursor.closeBecause("the client shut down");
                closes.add(invocations.invoke(SqlCodec.close(cursor.queryId(), cursor.member()))
                        .async(Runnable::run));
            }
        }
        try {
            CompletableFuture.allOf(closes.toArray(CompletableFuture[]::new))
                    .get(CLOSE_AT_SHUTDOWN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // best effort: a member that does not answer drops the query when the connection closes
        }
    }

    private static SqlException exception(SqlCodec.SqlErrorHolder error) {
        return new SqlException(error.code(), error.message(), error.originatingMemberId(), error.suggestion(), null);
    }

    private static RuntimeException failure(RuntimeException e, UUID member) {
        if (e instanceof SqlException || e instanceof ClientNotActiveException) {
            return e;
        }
        if (e instanceof TargetDisconnectedException || e instanceof ClientOfflineException) {
            return new SqlException(SqlException.CONNECTION_PROBLEM, "the member " + member + " running the query"
                    + " cannot be reached: " + e.getMessage(), null, null, e);
        }
        return new SqlException(SqlException.GENERIC, "the query failed: " + e.getMessage(), null, null, e);
    }
}
