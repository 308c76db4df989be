package io.hzclient.internal.protocol;

import io.hzclient.internal.serialization.Data;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads a response or an event: fixed fields by offset from the initial frame, then the other frames in order.
 * Unknown trailing frames (parameters newer than this client) are simply never read, as the spec requires.
 */
public final class MessageReader {
    private final ClientMessage message;
    private final byte[] initial;
    private int index = 1;

    public MessageReader(ClientMessage message) {
        this.message = message;
        this.initial = message.content(0);
    }

    // ---- fixed fields of the initial frame; a field newer than the sender is read as its default

    public byte fixByte(int offset) {
        return offset < initial.length ? initial[offset] : 0;
    }

    public boolean fixBoolean(int offset) {
        return offset < initial.length && FixedSizes.readBoolean(initial, offset);
    }

    public int fixInt(int offset) {
        return offset + FixedSizes.INT <= initial.length ? FixedSizes.readInt(initial, offset) : 0;
    }

    public long fixLong(int offset) {
        return offset + FixedSizes.LONG <= initial.length ? FixedSizes.readLong(initial, offset) : 0;
    }

    public UUID fixUuid(int offset) {
        return offset + FixedSizes.UUID <= initial.length ? FixedSizes.readUuid(initial, offset) : null;
    }

    public boolean hasFixed(int offset, int size) {
        return offset + size <= initial.length;
    }

    // ---- frames

    public boolean hasNext() {
        return index < message.frameCount();
    }

    /** True when another field follows inside the current structure (not its END, not the message's end). */
    public boolean hasNextField() {
        return hasNext() && !peekHas(Frame.END_DATA_STRUCTURE);
    }

    /** The next frame, not consumed; a new Frame object (the reads below need none). */
    public Frame peek() {
        return message.frame(index);
    }

    /** The next frame, consumed; a new Frame object (the reads below need none). */
    public Frame next() {
        return message.frame(advance());
    }

    /** The index of the next frame, consumed. */
    private int advance() {
        if (index >= message.frameCount()) {
            throw new ProtocolException("message ended before all its fields were read");
        }
        return index++;
    }

    /** The next frame's content, consumed. */
    private byte[] nextContent() {
        return message.content(advance());
    }

    private boolean peekHas(int flag) {
        if (index >= message.frameCount()) {
            throw new ProtocolException("message ended before all its fields were read");
        }
        return (message.flags(index) & flag) != 0;
    }

    /** Consumes a NULL frame if one is next; tells whether it did. */
    public boolean nextIsNull() {
        if (hasNext() && peekHas(Frame.IS_NULL)) {
            index++;
            return true;
        }
        return false;
    }

    public String string() {
        return new String(nextContent(), StandardCharsets.UTF_8);
    }

    public String nullableString() {
        return nextIsNull() ? null : string();
    }

    public byte[] bytes() {
        return nextContent();
    }

    public byte[] nullableBytes() {
        return nextIsNull() ? null : bytes();
    }

    public Data data() {
        return Data.of(nextContent());
    }

    /**
     * Frame {@code index} as a nullable Data (null also when the message has no such frame), for a decoder that needs
     * no reader: the hot answers (get, put) carry one Data and nothing else.
     */
    public static Data nullableDataAt(ClientMessage message, int index) {
        if (index >= message.frameCount() || (message.flags(index) & Frame.IS_NULL) != 0) {
            return null;
        }
        return Data.of(message.content(index));
    }

    public Data nullableData() {
        return nextIsNull() ? null : data();
    }

    /** A custom type: BEGIN, its fields read by {@code fields}, then whatever newer fields follow, up to END. */
    public <T> T struct(Function<MessageReader, T> fields) {
        expectBegin();
        T value = fields.apply(this);
        skipToEnd();
        return value;
    }

    public <T> T nullableStruct(Function<MessageReader, T> fields) {
        return nextIsNull() ? null : struct(fields);
    }

    /** A list of var-size items: BEGIN, items, END. */
    public <T> List<T> list(Function<MessageReader, T> item) {
        expectBegin();
        List<T> result = new ArrayList<>();
        while (!peekHas(Frame.END_DATA_STRUCTURE)) {
            result.add(item.apply(this));
        }
        index++;
        return result;
    }

    /** A list of custom types: BEGIN, one structure per item, END. */
    public <T> List<T> structList(Function<MessageReader, T> fields) {
        return list(r -> r.struct(fields));
    }

    public <T> List<T> nullableList(Function<MessageReader, T> item) {
        return nextIsNull() ? null : list(item);
    }

    public List<Data> listData() {
        return list(MessageReader::data);
    }

    /** A list in which an element may be a NULL frame. */
    public List<Data> listNullableData() {
        return list(MessageReader::nullableData);
    }

    public List<String> listString() {
        return list(MessageReader::string);
    }

    /**
     * A list of Data (List_Data, or ListCN_Data whose NULL frames read as null) read in place: no Data is made until
     * an element is read. For long answers kept for lazy deserialization; it keeps the message alive.
     */
    public List<Data> dataListInPlace() {
        int first = frameRunInside();
        return new FrameDataList(message, first, index - 1 - first);
    }

    /** As {@link #entryListData}, read in place like {@link #dataListInPlace}. */
    public List<Map.Entry<Data, Data>> entryListInPlace() {
        int first = frameRunInside();
        int frames = index - 1 - first;
        if (frames % 2 != 0) {
            throw new ProtocolException("an entry list of " + frames + " frames: keys and values do not pair up");
        }
        return new FrameDataList.Entries(message, first, frames / 2);
    }

    /** Consumes BEGIN, the frames up to END, and END; returns the index of the first frame inside. */
    private int frameRunInside() {
        expectBegin();
        int first = index;
        while (!peekHas(Frame.END_DATA_STRUCTURE)) {
            index++;
        }
        index++;
        return first;
    }

    public List<Map.Entry<Data, Data>> entryListData() {
        return list(r -> new AbstractMap.SimpleImmutableEntry<>(r.data(), r.data()));
    }

    public Map<String, String> mapStringString() {
        Map<String, String> map = new LinkedHashMap<>();
        expectBegin();
        while (!peekHas(Frame.END_DATA_STRUCTURE)) {
            map.put(string(), string());
        }
        index++;
        return map;
    }

    public List<Integer> listInt() {
        byte[] b = nextContent();
        List<Integer> result = new ArrayList<>(b.length / FixedSizes.INT);
        for (int at = 0; at + FixedSizes.INT <= b.length; at += FixedSizes.INT) {
            result.add(FixedSizes.readInt(b, at));
        }
        return result;
    }

    public List<Long> listLong() {
        byte[] b = nextContent();
        List<Long> result = new ArrayList<>(b.length / FixedSizes.LONG);
        for (int at = 0; at + FixedSizes.LONG <= b.length; at += FixedSizes.LONG) {
            result.add(FixedSizes.readLong(b, at));
        }
        return result;
    }

    public List<UUID> listUuid() {
        byte[] b = nextContent();
        List<UUID> result = new ArrayList<>(b.length / FixedSizes.UUID);
        for (int at = 0; at + FixedSizes.UUID <= b.length; at += FixedSizes.UUID) {
            result.add(FixedSizes.readUuid(b, at));
        }
        return result;
    }

    /**
     * {@code EntryList_UUID_List_Integer}: BEGIN, one packed int list per entry, END, then one frame of packed UUID
     * keys (the keys come after END, unlike the spec's text says). A key listed twice gets both lists, so a checker
     * still sees every value.
     */
    public Map<UUID, List<Integer>> entryListUuidListInt() {
        List<List<Integer>> values = list(MessageReader::listInt);
        List<UUID> keys = listUuid();
        Map<UUID, List<Integer>> result = new LinkedHashMap<>();
        for (int i = 0; i < keys.size() && i < values.size(); i++) {
            result.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).addAll(values.get(i));
        }
        return result;
    }

    private void expectBegin() {
        int flags = message.flags(advance());
        if ((flags & Frame.BEGIN_DATA_STRUCTURE) == 0) {
            throw new ProtocolException("expected the start of a data structure, got frame flags 0x"
                    + Integer.toHexString(flags));
        }
    }

    /** Skips to just past the END frame that closes the structure we are in, counting nested structures. */
    public void skipToEnd() {
        int depth = 1;
        while (depth > 0) {
            int flags = message.flags(advance());
            if ((flags & Frame.END_DATA_STRUCTURE) != 0) {
                depth--;
            } else if ((flags & Frame.BEGIN_DATA_STRUCTURE) != 0) {
                depth++;
            }
        }
    }
}
