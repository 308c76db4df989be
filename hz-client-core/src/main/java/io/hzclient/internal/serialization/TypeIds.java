package io.hzclient.internal.serialization;

/** The serializer type ids the members know (their SerializationConstants); a Data's header carries one. */
public final class TypeIds {
    public static final int NULL = 0;
    public static final int PORTABLE = -1;
    public static final int DATA_SERIALIZABLE = -2;
    public static final int BYTE = -3;
    public static final int BOOLEAN = -4;
    public static final int CHAR = -5;
    public static final int SHORT = -6;
    public static final int INT = -7;
    public static final int LONG = -8;
    public static final int FLOAT = -9;
    public static final int DOUBLE = -10;
    public static final int STRING = -11;
    public static final int BYTE_ARRAY = -12;
    public static final int BOOLEAN_ARRAY = -13;
    public static final int CHAR_ARRAY = -14;
    public static final int SHORT_ARRAY = -15;
    public static final int INT_ARRAY = -16;
    public static final int LONG_ARRAY = -17;
    public static final int FLOAT_ARRAY = -18;
    public static final int DOUBLE_ARRAY = -19;
    public static final int STRING_ARRAY = -20;
    public static final int UUID = -21;
    public static final int SIMPLE_ENTRY = -22;
    public static final int SIMPLE_IMMUTABLE_ENTRY = -23;
    public static final int CLASS = -24;
    public static final int DATE = -25;
    public static final int BIG_INTEGER = -26;
    public static final int BIG_DECIMAL = -27;
    public static final int OBJECT_ARRAY = -28;
    public static final int ARRAY_LIST = -29;
    public static final int LINKED_LIST = -30;
    public static final int COPY_ON_WRITE_ARRAY_LIST = -31;
    public static final int HASH_MAP = -32;
    public static final int CONCURRENT_SKIP_LIST_MAP = -33;
    public static final int CONCURRENT_HASH_MAP = -34;
    public static final int LINKED_HASH_MAP = -35;
    public static final int TREE_MAP = -36;
    public static final int HASH_SET = -37;
    public static final int TREE_SET = -38;
    public static final int LINKED_HASH_SET = -39;
    public static final int COPY_ON_WRITE_ARRAY_SET = -40;
    public static final int CONCURRENT_SKIP_LIST_SET = -41;
    public static final int ARRAY_DEQUE = -42;
    public static final int LINKED_BLOCKING_QUEUE = -43;
    public static final int ARRAY_BLOCKING_QUEUE = -44;
    public static final int PRIORITY_BLOCKING_QUEUE = -45;
    public static final int DELAY_QUEUE = -46;
    public static final int SYNCHRONOUS_QUEUE = -47;
    public static final int LINKED_TRANSFER_QUEUE = -48;
    public static final int PRIORITY_QUEUE = -49;
    public static final int OPTIONAL = -50;
    public static final int LOCAL_DATE = -51;
    public static final int LOCAL_TIME = -52;
    public static final int LOCAL_DATE_TIME = -53;
    public static final int OFFSET_DATE_TIME = -54;
    public static final int COMPACT = -55;
    public static final int COMPACT_WITH_SCHEMA = -56;
    public static final int JAVA_SERIALIZABLE = -100;
    public static final int JAVA_EXTERNALIZABLE = -101;
    public static final int JSON = -130;

    private TypeIds() {
    }
}
