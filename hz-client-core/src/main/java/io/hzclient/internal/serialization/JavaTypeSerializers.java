package io.hzclient.internal.serialization;

import io.hzclient.SerializationException;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;
import io.hzclient.serialization.StreamSerializer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The JDK types the members serialize without Java serialization: big numbers, dates and times, entries,
 * Class, Object[], Optional and the java.util collections, each by its exact class, with the members' layouts.
 */
final class JavaTypeSerializers {

    private JavaTypeSerializers() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void registerInto(SerializerRegistry.Builder r) {
        add(r, BigInteger.class, TypeIds.BIG_INTEGER, JavaTypeSerializers::writeBigInteger,
                JavaTypeSerializers::readBigInteger);
        add(r, BigDecimal.class, TypeIds.BIG_DECIMAL, JavaTypeSerializers::writeBigDecimal,
                JavaTypeSerializers::readBigDecimal);
        add(r, Date.class, TypeIds.DATE, (out, v) -> out.writeLong(v.getTime()), in -> new Date(in.readLong()));
        add(r, LocalDate.class, TypeIds.LOCAL_DATE, JavaTypeSerializers::writeDate, JavaTypeSerializers::readDate);
        add(r, LocalTime.class, TypeIds.LOCAL_TIME, JavaTypeSerializers::writeTime, JavaTypeSerializers::readTime);
        add(r, LocalDateTime.class, TypeIds.LOCAL_DATE_TIME, JavaTypeSerializers::writeDateTime,
                JavaTypeSerializers::readDateTime);
        add(r, OffsetDateTime.class, TypeIds.OFFSET_DATE_TIME, JavaTypeSerializers::writeOffsetDateTime,
                JavaTypeSerializers::readOffsetDateTime);
        add(r, Class.class, TypeIds.CLASS, (out, v) -> out.writeString(v.getName()),
                in -> ClassNames.load(in.readString()));
        add(r, Object[].class, TypeIds.OBJECT_ARRAY, JavaTypeSerializers::writeObjects,
                JavaTypeSerializers::readObjects);
        add(r, Optional.class, TypeIds.OPTIONAL, (out, v) -> {
            out.writeBoolean(v.isPresent());
            if (v.isPresent()) {
                out.writeObject(v.get());
            }
        }, in -> in.readBoolean() ? Optional.of(in.<Object>readObject()) : Optional.empty());
        add(r, AbstractMap.SimpleEntry.class, TypeIds.SIMPLE_ENTRY, JavaTypeSerializers::writeEntry,
                in -> new AbstractMap.SimpleEntry<>(in.readObject(), in.readObject()));
        add(r, AbstractMap.SimpleImmutableEntry.class, TypeIds.SIMPLE_IMMUTABLE_ENTRY,
                JavaTypeSerializers::writeEntry,
                in -> new AbstractMap.SimpleImmutableEntry<>(in.readObject(), in.readObject()));

        collection(r, ArrayList.class, CollectionSerializer.sized(TypeIds.ARRAY_LIST, ArrayList::new));
        collection(r, LinkedList.class, CollectionSerializer.sized(TypeIds.LINKED_LIST, n -> new LinkedList<>()));
        collection(r, CopyOnWriteArrayList.class,
                CollectionSerializer.sized(TypeIds.COPY_ON_WRITE_ARRAY_LIST, n -> new CopyOnWriteArrayList<>()));
        collection(r, HashSet.class, CollectionSerializer.sized(TypeIds.HASH_SET, HashSet::new));
        collection(r, LinkedHashSet.class, CollectionSerializer.sized(TypeIds.LINKED_HASH_SET, LinkedHashSet::new));
        collection(r, CopyOnWriteArraySet.class,
                CollectionSerializer.sized(TypeIds.COPY_ON_WRITE_ARRAY_SET, n -> new CopyOnWriteArraySet<>()));
        collection(r, TreeSet.class, CollectionSerializer.sorted(TypeIds.TREE_SET, (n, c) -> new TreeSet<>(c)));
        collection(r, ConcurrentSkipListSet.class, CollectionSerializer.sorted(TypeIds.CONCURRENT_SKIP_LIST_SET,
                (n, c) -> new ConcurrentSkipListSet<>(c)));
        collection(r, ArrayDeque.class, CollectionSerializer.sized(TypeIds.ARRAY_DEQUE, ArrayDeque::new));
        collection(r, LinkedBlockingQueue.class,
                CollectionSerializer.sized(TypeIds.LINKED_BLOCKING_QUEUE, n -> new LinkedBlockingQueue<>()));
        collection(r, ArrayBlockingQueue.class, CollectionSerializer.sized(TypeIds.ARRAY_BLOCKING_QUEUE,
                n -> new ArrayBlockingQueue<>(Math.max(1, n))));
        collection(r, PriorityBlockingQueue.class, CollectionSerializer.sorted(TypeIds.PRIORITY_BLOCKING_QUEUE,
                (n, c) -> new PriorityBlockingQueue<>(Math.max(1, n), c)));
        collection(r, PriorityQueue.class, CollectionSerializer.sorted(TypeIds.PRIORITY_QUEUE,
                (n, c) -> new PriorityQueue<>(Math.max(1, n), c)));
        collection(r, DelayQueue.class, CollectionSerializer.sized(TypeIds.DELAY_QUEUE, n -> (DelayQueue) new DelayQueue<>()));
        collection(r, SynchronousQueue.class,
                CollectionSerializer.sized(TypeIds.SYNCHRONOUS_QUEUE, n -> new SynchronousQueue<>()));
        collection(r, LinkedTransferQueue.class,
                CollectionSerializer.sized(TypeIds.LINKED_TRANSFER_QUEUE, n -> new LinkedTransferQueue<>()));

        map(r, HashMap.class, new MapSerializer<>(TypeIds.HASH_MAP, false, (n, c) -> new HashMap<>()));
        map(r, LinkedHashMap.class, new MapSerializer<>(TypeIds.LINKED_HASH_MAP, false, (n, c) -> new LinkedHashMap<>()));
        map(r, ConcurrentHashMap.class,
                new MapSerializer<>(TypeIds.CONCURRENT_HASH_MAP, false, (n, c) -> new ConcurrentHashMap<>()));
        map(r, TreeMap.class, new MapSerializer<>(TypeIds.TREE_MAP, true, (n, c) -> new TreeMap<>(c)));
        map(r, ConcurrentSkipListMap.class, new MapSerializer<>(TypeIds.CONCURRENT_SKIP_LIST_MAP, true,
                (n, c) -> new ConcurrentSkipListMap<>(c)));
    }

    private static <T> void add(SerializerRegistry.Builder r, Class<T> type, int typeId,
                                BiConsumer<ObjectDataOutput, T> writer, Function<ObjectDataInput, T> reader) {
        r.builtIn(type, new SimpleSerializer<>(typeId, writer, reader));
    }

    private static void collection(SerializerRegistry.Builder r, Class<?> type, StreamSerializer<?> serializer) {
        r.builtIn(type, serializer);
    }

    private static void map(SerializerRegistry.Builder r, Class<?> type, StreamSerializer<?> serializer) {
        r.builtIn(type, serializer);
    }

    static void writeBigInteger(ObjectDataOutput out, BigInteger v) {
        out.writeByteArray(v.toByteArray()); // int32 length, then two's-complement big-endian bytes
    }

    static BigInteger readBigInteger(ObjectDataInput in) {
        byte[] bytes = in.readByteArray();
        if (bytes == null || bytes.length == 0) {
            throw new SerializationException("a BigInteger needs at least one byte");
        }
        return new BigInteger(bytes);
    }

    static void writeDate(ObjectDataOutput out, LocalDate v) {
        out.writeInt(v.getYear());
        out.writeByte(v.getMonthValue());
        out.writeByte(v.getDayOfMonth());
    }

    static LocalDate readDate(ObjectDataInput in) {
        return LocalDate.of(in.readInt(), in.readByte(), in.readByte());
    }

    static void writeTime(ObjectDataOutput out, LocalTime v) {
        out.writeByte(v.getHour());
        out.writeByte(v.getMinute());
        out.writeByte(v.getSecond());
        out.writeInt(v.getNano());
    }

    static LocalTime readTime(ObjectDataInput in) {
        return LocalTime.of(in.readByte(), in.readByte(), in.readByte(), in.readInt());
    }

    static void writeBigDecimal(ObjectDataOutput out, BigDecimal v) {
        writeBigInteger(out, v.unscaledValue());
        out.writeInt(v.scale());
    }

    static BigDecimal readBigDecimal(ObjectDataInput in) {
        return new BigDecimal(readBigInteger(in), in.readInt());
    }

    static void writeDateTime(ObjectDataOutput out, LocalDateTime v) {
        writeDate(out, v.toLocalDate());
        writeTime(out, v.toLocalTime());
    }

    static LocalDateTime readDateTime(ObjectDataInput in) {
        return LocalDateTime.of(readDate(in), readTime(in));
    }

    static void writeOffsetDateTime(ObjectDataOutput out, OffsetDateTime v) {
        writeDateTime(out, v.toLocalDateTime());
        out.writeInt(v.getOffset().getTotalSeconds());
    }

    static OffsetDateTime readOffsetDateTime(ObjectDataInput in) {
        return OffsetDateTime.of(readDateTime(in), ZoneOffset.ofTotalSeconds(in.readInt()));
    }

    private static void writeObjects(ObjectDataOutput out, Object[] v) {
        out.writeInt(v.length);
        for (Object o : v) {
            out.writeObject(o);
        }
    }

    private static Object[] readObjects(ObjectDataInput in) {
        Object[] result = new Object[Lengths.readCount(in, 4, "object array")];
        for (int i = 0; i < result.length; i++) {
            result[i] = in.readObject();
        }
        return result;
    }

    private static void writeEntry(ObjectDataOutput out, Map.Entry<?, ?> e) {
        out.writeObject(e.getKey());
        out.writeObject(e.getValue());
    }
}
