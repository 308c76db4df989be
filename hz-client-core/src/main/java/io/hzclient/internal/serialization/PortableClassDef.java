package io.hzclient.internal.serialization;

import io.hzclient.serialization.PortableFieldType;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A Portable class definition: the fields of one (factory id, class id, version), indexed in the order the class
 * first wrote them; the index is the field's slot in the data's offset table.
 */
record PortableClassDef(int factoryId, int classId, int version, List<Field> fields, Map<String, Field> byName) {

    /** One field; for nested Portables also the nested factory and class ids (0 while unknown). */
    record Field(String name, PortableFieldType type, int index, int factoryId, int classId) {
    }

    static PortableClassDef of(int factoryId, int classId, int version, List<Field> fields) {
        return new PortableClassDef(factoryId, classId, version, List.copyOf(fields),
                fields.stream().collect(Collectors.toUnmodifiableMap(Field::name, Function.identity())));
    }

    /** Identifies a definition. */
    record Key(int factoryId, int classId, int version) {
    }
}
