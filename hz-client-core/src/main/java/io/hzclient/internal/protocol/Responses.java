package io.hzclient.internal.protocol;

import io.hzclient.internal.serialization.Data;

import java.util.List;
import java.util.UUID;

/** Readers of the answers many messages share: one fixed field, or one variable one. */
public final class Responses {
    private static final int RESPONSE = ClientMessage.RESPONSE_HEADER_SIZE;

    private Responses() {
    }

    public static boolean booleanResponse(ClientMessage response) {
        return new MessageReader(response).fixBoolean(RESPONSE);
    }

    public static int intResponse(ClientMessage response) {
        return new MessageReader(response).fixInt(RESPONSE);
    }

    public static UUID uuidResponse(ClientMessage response) {
        return new MessageReader(response).fixUuid(RESPONSE);
    }

    public static Data dataResponse(ClientMessage response) {
        return new MessageReader(response).nullableData();
    }

    public static List<Data> listResponse(ClientMessage response) {
        return new MessageReader(response).listData();
    }
}
