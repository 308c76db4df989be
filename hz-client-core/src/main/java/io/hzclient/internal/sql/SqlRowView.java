package io.hzclient.internal.sql;

import io.hzclient.internal.invocation.SchemaFetchingDecoder;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.SerializationService;
import io.hzclient.sql.SqlRow;
import io.hzclient.sql.SqlRowMetadata;

import java.util.Objects;

/**
 * One row, read from its page's columns. An OBJECT value is deserialized when read (fetching its Compact schema from
 * the cluster first if the client has never seen it).
 */
final class SqlRowView implements SqlRow {
    private final SqlRowMetadata metadata;
    private final SqlPage page;
    private final int row;
    private final SerializationService serialization;

    SqlRowView(SqlRowMetadata metadata, SqlPage page, int row, SerializationService serialization) {
        this.metadata = metadata;
        this.page = page;
        this.row = row;
        this.serialization = serialization;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getObject(int columnIndex) {
        Objects.checkIndex(columnIndex, metadata.getColumnCount());
        Object value = page.columns().get(columnIndex).get(row);
        if (value instanceof Data data) {
            return SchemaFetchingDecoder.decodeWaiting(serialization::toObject, data);
        }
        return (T) value;
    }

    @Override
    public <T> T getObject(String columnName) {
        int index = metadata.findColumn(columnName);
        if (index == SqlRowMetadata.COLUMN_NOT_FOUND) {
            throw new IllegalArgumentException("the result has no column '" + columnName + "'; its columns: "
                    + metadata.getColumns().stream().map(c -> c.name()).toList());
        }
        return getObject(index);
    }

    @Override
    public SqlRowMetadata getMetadata() {
        return metadata;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < metadata.getColumnCount(); i++) {
            s.append(i == 0 ? "" : ", ").append(metadata.getColumn(i).name()).append('=').append((Object) getObject(i));
        }
        return s.append(']').toString();
    }
}
