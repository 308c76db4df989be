package io.hzclient.internal.protocol;

import io.hzclient.internal.serialization.Data;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Consumer;

/**
 * A list of Data read in place from a message's frames: an element's Data is made only when it is read, so a long
 * answer kept for lazy deserialization costs no object per element. Unmodifiable. A NULL frame reads as null.
 */
final class FrameDataList extends AbstractList<Data> implements RandomAccess, InPlaceData {
    private final ClientMessage message;
    private final int first;
    private final int size;

    FrameDataList(ClientMessage message, int first, int size) {
        this.message = message;
        this.first = first;
        this.size = size;
    }

    @Override
    public Data get(int index) {
        return dataAt(message, first + Objects.checkIndex(index, size));
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void forEachDataBytes(Consumer<byte[]> action) {
        forEachFrame(message, first, size, action);
    }

    static Data dataAt(ClientMessage message, int frame) {
        return (message.flags(frame) & Frame.IS_NULL) != 0 ? null : Data.of(message.content(frame));
    }

    /** Key and value frames, one after the other, read in place as entries. */
    static final class Entries extends AbstractList<Map.Entry<Data, Data>> implements RandomAccess, InPlaceData {
        private final ClientMessage message;
        private final int first;
        private final int size;

        Entries(ClientMessage message, int first, int size) {
            this.message = message;
            this.first = first;
            this.size = size;
        }

        @Override
        public Map.Entry<Data, Data> get(int index) {
            int key = first + 2 * Objects.checkIndex(index, size);
            return new AbstractMap.SimpleImmutableEntry<>(dataAt(message, key), dataAt(message, key + 1));
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void forEachDataBytes(Consumer<byte[]> action) {
            forEachFrame(message, first, 2 * size, action);
        }
    }

    static void forEachFrame(ClientMessage message, int first, int count, Consumer<byte[]> action) {
        for (int frame = first; frame < first + count; frame++) {
            action.accept((message.flags(frame) & Frame.IS_NULL) != 0 ? null : message.content(frame));
        }
    }
}
