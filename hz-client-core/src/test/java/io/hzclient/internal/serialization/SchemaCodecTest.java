package io.hzclient.internal.serialization;

import com.hazelcast.client.impl.protocol.codec.ClientFetchSchemaCodec;
import com.hazelcast.client.impl.protocol.codec.ClientSendSchemaCodec;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.Frame;
import io.hzclient.serialization.FieldKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema messages against the member's own codecs, frame by frame. */
class SchemaCodecTest {
    private final Schema schema = new Schema("com.acme.Person", List.of(SchemaField.of("name", FieldKind.STRING),
            SchemaField.of("age", FieldKind.INT32), SchemaField.of("tags", FieldKind.ARRAY_OF_STRING)));

    @Test
    void sendSchemaHasTheFramesOfTheMembersCodec() {
        ClientMessage ours = SchemaCodec.sendSchema(schema);
        com.hazelcast.client.impl.protocol.ClientMessage theirs =
                ClientSendSchemaCodec.encodeRequest(SharedSchemaRegistry.toMember(schema));

        assertThat(describe(ours)).isEqualTo(describe(theirs));
        assertThat(ClientSendSchemaCodec.decodeRequest(theirs).getSchemaId()).isEqualTo(schema.id());
    }

    @Test
    void fetchSchemaRequestAndResponseMatchTheMembersCodec() {
        assertThat(describe(SchemaCodec.fetchSchema(schema.id())))
                .isEqualTo(describe(ClientFetchSchemaCodec.encodeRequest(schema.id())));

        Schema found = SchemaCodec.decodeFetchSchema(toOurs(
                ClientFetchSchemaCodec.encodeResponse(SharedSchemaRegistry.toMember(schema))));
        Schema missing = SchemaCodec.decodeFetchSchema(toOurs(ClientFetchSchemaCodec.encodeResponse(null)));

        assertThat(found).isEqualTo(schema);
        assertThat(missing).isNull();
    }

    /** Frames as "flags:hex" lines; IS_FINAL is left out (the member's codecs leave it to the writer). */
    private static List<String> describe(ClientMessage m) {
        List<String> lines = new ArrayList<>();
        for (Frame f : m.frames()) {
            lines.add(Integer.toHexString(f.flags & ~Frame.IS_FINAL) + ":" + HexFormat.of().formatHex(f.content));
        }
        return lines;
    }

    private static List<String> describe(com.hazelcast.client.impl.protocol.ClientMessage m) {
        return describe(toOurs(m));
    }

    private static ClientMessage toOurs(com.hazelcast.client.impl.protocol.ClientMessage m) {
        List<Frame> frames = new ArrayList<>();
        var it = m.frameIterator();
        while (it.hasNext()) {
            var f = it.next();
            frames.add(new Frame(f.content, f.flags));
        }
        return new ClientMessage(frames);
    }
}
