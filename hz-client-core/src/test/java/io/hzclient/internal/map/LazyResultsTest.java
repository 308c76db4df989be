package io.hzclient.internal.map;

import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.DefaultSerializationService;
import io.hzclient.serialization.ObjectDataInput;
import io.hzclient.serialization.ObjectDataOutput;
import io.hzclient.serialization.StreamSerializer;
import org.junit.jupiter.api.Test;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LazyResultsTest {
    /** A value whose reads are counted. */
    record Item(String name) {
    }

    private final AtomicInteger reads = new AtomicInteger();
    private final DefaultSerializationService serialization = new DefaultSerializationService(
            SerializationConfig.builder().serializer(Item.class, new StreamSerializer<Item>() {
                @Override
                public int typeId() {
                    return 42;
                }

                @Override
                public void write(ObjectDataOutput out, Item value) {
                    out.writeString(value.name());
                }

                @Override
                public Item read(ObjectDataInput in) {
                    reads.incrementAndGet();
                    return new Item(in.readString());
                }
            }).build());

    private List<Data> data(Item... items) {
        return new ArrayList<>(Arrays.stream(items).map(serialization::toData).toList());
    }

    @Test
    void anElementIsDeserializedWhenFirstReadThenKept() {
        List<Item> items = LazyResults.list(data(new Item("a"), null, new Item("c")), serialization);
        assertThat(items).hasSize(3);
        assertThat(reads).as("nothing read yet").hasValue(0);

        Item c = items.get(2);
        assertThat(c).isEqualTo(new Item("c"));
        assertThat(items.get(2)).isSameAs(c);
        assertThat(items.get(1)).isNull();
        assertThat(reads).hasValue(1);
        assertThat(items).containsExactly(new Item("a"), null, new Item("c"));
        assertThat(reads).hasValue(2);
    }

    @Test
    void setsAndEntriesAreLazyAndUnmodifiable() {
        Set<Item> keys = LazyResults.set(data(new Item("a"), new Item("b")), serialization);
        assertThat(keys.contains(new Item("b"))).isTrue();
        assertThat(keys.contains(new Item("z"))).isFalse();
        assertThat(keys).isEqualTo(Set.of(new Item("a"), new Item("b")));
        assertThatThrownBy(() -> keys.add(new Item("c"))).isInstanceOf(UnsupportedOperationException.class);
        Iterator<Item> iterator = keys.iterator();
        iterator.next();
        assertThatThrownBy(iterator::remove).isInstanceOf(UnsupportedOperationException.class);

        int before = reads.get();
        Set<Map.Entry<Item, Item>> entries = LazyResults.entrySet(List.of(new AbstractMap.SimpleImmutableEntry<>(
                serialization.toData(new Item("k")), serialization.toData(new Item("v")))), serialization);
        assertThat(reads).hasValue(before);
        assertThat(entries).containsExactly(Map.entry(new Item("k"), new Item("v")));
        assertThatThrownBy(() -> entries.clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
