package io.hzclient.internal.sql;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.Operation;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.Frame;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.protocol.MessageWriter;
import io.hzclient.internal.serialization.Data;
import io.hzclient.sql.SqlColumnMetadata;
import io.hzclient.sql.SqlColumnType;

import java.util.List;
import java.util.UUID;

/**
 * The Sql service's messages (service id 33). A query lives on the member it was sent to: execute, fetch and close
 * all go to {@code targetMember}. Execute and fetch wait on the member for as long as the statement runs (its own
 * timeout is the member's to enforce), so their answers have no client-side deadline.
 */
public final class SqlCodec {
    private static final int RESPONSE = ClientMessage.RESPONSE_HEADER_SIZE;

    private SqlCodec() {
    }

    public static final Operation<ExecuteResponse> EXECUTE = Operation.blocking("Sql.Execute",
            SqlCodec::executeResponse);
    public static final Operation<FetchResponse> FETCH = Operation.blocking("Sql.Fetch", SqlCodec::fetchResponse);
    public static final Operation<Void> CLOSE = Operation.of("Sql.Close", Operation::nothing);

    public static Call<ExecuteResponse> execute(String sql, List<Data> parameters, long timeoutMillis,
                                                int cursorBufferSize, String schema, byte expectedResultType,
                                                SqlQueryId queryId, boolean skipUpdateStatistics, UUID targetMember) {
        MessageWriter w = MessageWriter.request(0x210400).fixLong(timeoutMillis).fixInt(cursorBufferSize)
                .fixByte(expectedResultType).fixBoolean(skipUpdateStatistics).string(sql).begin();
        for (int i = 0, n = parameters.size(); i < n; i++) { // indexed: no iterator per query
            w.nullableData(parameters.get(i));
        }
        w.end().nullableString(schema);
        return Call.onMemberDirectly(EXECUTE, queryId(w, queryId).build(), targetMember);
    }

    public static Call<FetchResponse> fetch(SqlQueryId queryId, int cursorBufferSize, UUID targetMember) {
        MessageWriter w = MessageWriter.request(0x210500).fixInt(cursorBufferSize);
        return Call.onMemberDirectly(FETCH, queryId(w, queryId).build(), targetMember);
    }

    public static Call<Void> close(SqlQueryId queryId, UUID targetMember) {
        return Call.onMemberDirectly(CLOSE, queryId(MessageWriter.request(0x210300), queryId).build(), targetMember);
    }

    /** SqlQueryId: four fixed longs. */
    private static MessageWriter queryId(MessageWriter w, SqlQueryId id) {
        byte[] fixed = new byte[4 * FixedSizes.LONG];
        FixedSizes.writeLong(fixed, 0, id.memberIdHigh());
        FixedSizes.writeLong(fixed, FixedSizes.LONG, id.memberIdLow());
        FixedSizes.writeLong(fixed, 2 * FixedSizes.LONG, id.localIdHigh());
        FixedSizes.writeLong(fixed, 3 * FixedSizes.LONG, id.localIdLow());
        return w.begin().frame(new Frame(fixed)).end();
    }

    /**
     * The answer of execute: an error, or the columns and the first page of rows, or (no columns) an update count.
     *
     * @param partitionArgumentIndex which parameter decides the partition the query reads, or -1
     */
    public record ExecuteResponse(List<SqlColumnMetadata> rowMetadata, SqlPage rowPage, long updateCount,
                                  SqlErrorHolder error, boolean isInfiniteRows, int partitionArgumentIndex) {
    }

    /** The answer of fetch: the next page, or an error. */
    public record FetchResponse(SqlPage rowPage, SqlErrorHolder error) {
    }

    /**
     * An error as the member describes it.
     *
     * @param causeStackTrace the member's stack trace of the cause, or null
     */
    public record SqlErrorHolder(int code, String message, UUID originatingMemberId, String suggestion,
                                 String causeStackTrace) {
    }

    public static ExecuteResponse executeResponse(ClientMessage response) {
        MessageReader r = new MessageReader(response);
        long updateCount = r.fixLong(RESPONSE);
        boolean infinite = r.fixBoolean(RESPONSE + FixedSizes.LONG);
        int argumentIndex = r.hasFixed(RESPONSE + FixedSizes.LONG + 1, FixedSizes.INT)
                ? r.fixInt(RESPONSE + FixedSizes.LONG + 1) : -1;
        List<SqlColumnMetadata> columns = r.nullableList(x -> x.struct(SqlCodec::columnMetadata));
        SqlPage page = r.nextIsNull() ? null : SqlPageReader.read(r);
        SqlErrorHolder error = r.nullableStruct(SqlCodec::error);
        return new ExecuteResponse(columns, page, updateCount, error, infinite, argumentIndex);
    }

    public static FetchResponse fetchResponse(ClientMessage response) {
        MessageReader r = new MessageReader(response);
        SqlPage page = r.nextIsNull() ? null : SqlPageReader.read(r);
        return new FetchResponse(page, r.nullableStruct(SqlCodec::error));
    }

    /** SqlColumnMetadata: type int and (since 2.2) nullable boolean fixed, then the name. */
    private static SqlColumnMetadata columnMetadata(MessageReader r) {
        byte[] fixed = r.bytes();
        int type = FixedSizes.readInt(fixed, 0);
        boolean nullable = fixed.length <= FixedSizes.INT || FixedSizes.readBoolean(fixed, FixedSizes.INT);
        return new SqlColumnMetadata(r.string(), SqlColumnType.ofId(type), nullable);
    }

    /** SqlError: code int and originatingMemberId UUID fixed, then message?, suggestion? (2.3), causeStackTrace? (2.7). */
    private static SqlErrorHolder error(MessageReader r) {
        byte[] fixed = r.bytes();
        int code = FixedSizes.readInt(fixed, 0);
        UUID member = FixedSizes.readUuid(fixed, FixedSizes.INT);
        String message = r.nullableString();
        String suggestion = r.hasNextField() ? r.nullableString() : null;
        String cause = r.hasNextField() ? r.nullableString() : null;
        return new SqlErrorHolder(code, message, member, suggestion, cause);
    }
}
