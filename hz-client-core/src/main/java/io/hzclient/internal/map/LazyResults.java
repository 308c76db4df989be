package io.hzclient.internal.map;

import io.hzclient.internal.invocation.SchemaFetchingDecoder;
import io.hzclient.internal.protocol.InPlaceData;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.SerializationService;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * A query's answer in the caller's types, deserialized lazily, as the official clients do: an element is
 * deserialized when first read, then kept, so a caller that reads a few elements (or only the size) pays for those
 * alone. The answer's top-level Compact schemas are checked as it is made (in the call's chain, which fetches any
 * missing one without holding the caller); a nested one is fetched, once, by the thread that first reads it.
 * Unmodifiable; may be read from several threads at once.
 */
final class LazyResults {
    private LazyResults() {
    }

    /** The values (or projected values, which may be null) as a list. */
    public static <T> List<T> list(List<Data> data, SerializationService serialization) {
        if (data instanceof InPlaceData inPlace) {
            inPlace.forEachDataBytes(serialization::requireSchemaOf);
        } else {
            data.forEach(serialization::requireSchemaOf);
        }
        return new Lazy<>(data, d -> toObject(d, serialization));
    }

    /** Keys as a set: the members send each key once. */
    public static <T> Set<T> set(List<Data> data, SerializationService serialization) {
        return new LazySet<>(list(data, serialization));
    }

    /** Entries as a set: each entry's key and value are deserialized when the entry is first read. */
    public static <K, V> Set<Map.Entry<K, V>> entrySet(List<Map.Entry<Data, Data>> data,
                                                      SerializationService serialization) {
        if (data instanceof InPlaceData inPlace) {
            inPlace.forEachDataBytes(serialization::requireSchemaOf);
        } else {
            for (Map.Entry<Data, Data> e : data) {
                serialization.requireSchemaOf(e.getKey());
                serialization.requireSchemaOf(e.getValue());
            }
        }
        return new LazySet<>(new Lazy<>(data, e -> new AbstractMap.SimpleImmutableEntry<>(
                LazyResults.<K>toObject(e.getKey(), serialization), LazyResults.<V>toObject(e.getValue(),
                        serialization))));
    }

    private static <T> T toObject(Data data, SerializationService serialization) {
        return SchemaFetchingDecoder.decodeWaiting(serialization::toObject, data);
    }

    /** A list whose elements are decoded on first read; a read publishes its element safely (a volatile array). */
    private static final class Lazy<E, T> extends AbstractList<T> implements RandomAccess {
        private static final Object NULL = new Object();

        private final List<E> data;
        private final Function<E, T> decode;
        private final AtomicReferenceArray<Object> read;

        Lazy(List<E> data, Function<E, T> decode) {
            this.data = data;
            this.decode = decode;
            this.read = new AtomicReferenceArray<>(data.size());
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int index) {
            Object value = read.get(index);
            if (value == null) {
                T decoded = decode.apply(data.get(index));
                value = decoded == null ? NULL : decoded;
                if (!read.compareAndSet(index, null, value)) {
                    value = read.get(index); // another reader was first: every reader sees the same object
                }
            }
            return value == NULL ? null : (T) value;
        }

        @Override
        public int size() {
            return data.size();
        }
    }

    /** A set over a lazy list of distinct elements; {@code contains} indexes them on its first use. */
    private static final class LazySet<T> extends AbstractSet<T> {
        private final List<T> elements;
        private volatile Set<T> index;

        LazySet(List<T> elements) {
            this.elements = elements;
        }

        @Override
        public Iterator<T> iterator() {
            return elements.iterator();
        }

        @Override
        public int size() {
            return elements.size();
        }

        @Override
        public boolean contains(Object o) {
            Set<T> i = index;
            if (i == null) {
                i = new HashSet<>(elements);
                index = i;
            }
            return i.contains(o);
        }

        @Override
        public boolean containsAll(Collection<?> c) {
            for (Object o : c) {
                if (!contains(o)) {
                    return false;
                }
            }
            return true;
        }
    }
}
