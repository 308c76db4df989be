package io.hzclient.internal.sql;

import java.util.List;

/**
 * One page of rows as the member sends it: column by column.
 *
 * @param columns  each column's values, all of one length; an OBJECT column's values are still serialized
 * @param rowCount the number of rows
 * @param last     whether no page follows (the member has then closed the query)
 */
record SqlPage(List<List<Object>> columns, int rowCount, boolean last) {
}
