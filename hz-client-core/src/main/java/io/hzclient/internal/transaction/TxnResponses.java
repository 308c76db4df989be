package io.hzclient.internal.transaction;

import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.MessageReader;
import io.hzclient.internal.serialization.Data;

import java.util.List;
import java.util.UUID;

/** The answers the transactional messages share: one fixed field, or one variable one. */
final class TxnResponses {
    private static final int RESPONSE = ClientMessage.RESPONSE_HEADER_SIZE;

    private TxnResponses() {
    }

    static boolean booleanResponse(ClientMessage response) {
        return new MessageReader(response).fixBoolean(RESPONSE);
    }

    static int intResponse(ClientMessage response) {
        return new MessageReader(response).fixInt(RESPONSE);
    }

    static UUID uuidResponse(ClientMessage response) {
        return new MessageReader(response).fixUuid(RESPONSE);
    }

    static Data dataResponse(ClientMessage response) {
        return new MessageReader(response).nullableData();
    }

    static List<Data> listResponse(ClientMessage response) {
        return new MessageReader(response).listData();
    }
}
