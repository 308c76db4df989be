package io.hzclient.serialization;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A CompactRecord made by hand: the fields in order, absent ones, and what its constructor refuses. */
class CompactRecordTest {

    @Test
    void fieldsKeepTheOrderOfTheKindsAndAnAbsentFieldIsNotAvailable() {
        Map<String, FieldKind> kinds = new LinkedHashMap<>();
        kinds.put("name", FieldKind.STRING);
        kinds.put("age", FieldKind.INT32);
        kinds.put("nick", FieldKind.STRING);
        CompactRecord r = new CompactRecord("person", kinds, Map.of("name", "Ann", "age", 7));

        assertThat(r.typeName()).isEqualTo("person");
        assertThat(r.fieldNames()).containsExactly("name", "age", "nick");
        assertThat(r.get("age")).isEqualTo(7);
        assertThat(r.get("nick")).as("left out: null").isNull();
        assertThat(r.fieldKind("age")).isEqualTo(FieldKind.INT32);
        assertThat(r.fieldKind("none")).isEqualTo(FieldKind.NOT_AVAILABLE);
        assertThat(r.get("none")).isNull();
        assertThatThrownBy(() -> r.kinds().put("x", FieldKind.INT8)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aValueWithoutKindOrANullTypeNameIsRefused() {
        assertThatThrownBy(() -> new CompactRecord("t", Map.of(), Map.of("x", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> new CompactRecord(null, Map.of(), Map.of())).isInstanceOf(NullPointerException.class);
    }
}
