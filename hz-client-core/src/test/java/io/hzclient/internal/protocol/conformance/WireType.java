package io.hzclient.internal.protocol.conformance;

import io.hzclient.internal.protocol.conformance.ProtocolDefinitions.Param;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A YAML type name as the frames carry it (the protocol docs' "var-size encodings"). Values of each kind, as
 * {@link FrameReader} returns them and {@link FrameWriter} takes them: a Fixed is a Boolean, Byte, Integer, Long,
 * Float or UUID; Text a String; Bytes a byte[]; the lists a List; an EntryList a List of Map.Entry; a Custom a
 * {@link Struct}.
 */
sealed interface WireType {

    /** In the initial frame (or a struct's fixed frame), or packed into one frame when in a list. */
    record Fixed(String name, int size) implements WireType {
    }

    /** String: one frame of UTF-8. */
    record Text() implements WireType {
    }

    /** Data or byteArray: one frame of the bytes as they are. */
    record Bytes(String name) implements WireType {
    }

    /** A list of a fixed type (List_Integer, Set_UUID, longArray...): one frame of packed elements. */
    record PackedList(Fixed element) implements WireType {
    }

    /** BEGIN, the elements, END; with {@code nullElements} (ListCN_) a null element is a NULL frame. */
    record VarList(WireType element, boolean nullElements) implements WireType {
    }

    /**
     * EntryList_K_V and Map_K_V ({@code map}: its order means nothing); the layout depends on which of key and
     * value are fixed.
     */
    record EntryList(WireType key, WireType value, boolean map) implements WireType {
    }

    /** BEGIN, one frame of the fixed fields (if any), the other fields, END. */
    record Custom(String name, List<Param> fields) implements WireType {
    }

    /** A custom type's value: its fields by name, in YAML order. */
    record Struct(String type, LinkedHashMap<String, Object> fields) {
    }

    static WireType of(String type, ProtocolDefinitions defs) {
        switch (type) {
            case "boolean":
            case "Boolean":
                return new Fixed("boolean", 1);
            case "byte":
                return new Fixed("byte", 1);
            case "int":
            case "Integer":
                return new Fixed("int", 4);
            case "long":
            case "Long":
                return new Fixed("long", 8);
            case "float":
                return new Fixed("float", 4);
            case "UUID":
                return new Fixed("UUID", 17);
            case "String":
                return new Text();
            case "Data":
            case "byteArray":
                return new Bytes(type);
            case "longArray":
                return new PackedList(new Fixed("long", 8));
            case "floatArray":
                return new PackedList(new Fixed("float", 4));
            default:
                break;
        }
        if (type.startsWith("ListCN_")) {
            return new VarList(of(type.substring("ListCN_".length()), defs), true);
        }
        if (type.startsWith("List_") || type.startsWith("Set_")) {
            WireType element = of(type.substring(type.indexOf('_') + 1), defs);
            return element instanceof Fixed fixed ? new PackedList(fixed) : new VarList(element, false);
        }
        if (type.startsWith("EntryList_") || type.startsWith("Map_")) {
            // keys are always one word: EntryList_String_EntryList_Integer_Long is String -> EntryList_Integer_Long
            String keyAndValue = type.substring(type.indexOf('_') + 1);
            int split = keyAndValue.indexOf('_');
            return new EntryList(of(keyAndValue.substring(0, split), defs), of(keyAndValue.substring(split + 1), defs),
                    type.startsWith("Map_"));
        }
        List<Param> fields = defs.customType(type);
        if (fields == null) {
            throw new IllegalArgumentException("the protocol type " + type + " has no frame layout in the YAML"
                    + " (SqlPage is hand-coded) and is not supported by the conformance checker");
        }
        return new Custom(type, fields);
    }
}
