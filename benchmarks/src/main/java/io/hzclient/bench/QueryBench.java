package io.hzclient.bench;

import com.hazelcast.config.Config;
import com.hazelcast.config.IndexType;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;

import java.util.HashMap;
import java.util.Map;

/**
 * The query lines' shared setup: the map they read ({@link #MAP}: {@link #ENTRIES} entries, {@code Integer ->
 * Integer}, the value the key modulo {@link #DISTINCT_VALUES}, a HASH index on the value), filled by the member, and
 * the entry processor both clients send (it returns the entry's value and writes nothing).
 */
final class QueryBench {
    static final String MAP = "bench-query";
    static final int ENTRIES = 10_000;
    static final int DISTINCT_VALUES = 100;
    static final int PAGE_SIZE = 100;
    static final int FACTORY = 1000;
    static final int READ_VALUE = 1;
    /** The executor line's task (same factory): returns 1. */
    static final int RETURN_ONE = 2;
    /** The query map as an SQL table (the sql-* lines). */
    static final String SQL_MAPPING = "CREATE MAPPING \"" + MAP + "\" TYPE IMap OPTIONS ('keyFormat'='int',"
            + " 'valueFormat'='int')";
    /** {@code sql-select-1k-rows}: a thousand rows of two columns. */
    static final String SQL_SELECT_ROWS = "SELECT __key, this FROM \"" + MAP + "\" WHERE __key < 1000";
    static final int SQL_ROWS = 1000;
    /** {@code sql-select-by-key-16}: one row, by key (the member names the key argument, so it goes to its owner). */
    static final String SQL_SELECT_BY_KEY = "SELECT this FROM \"" + MAP + "\" WHERE __key = ?";

    private QueryBench() {
    }

    /** On the member: the processor's factory and the map's index. */
    static void configure(Config config) {
        config.getSerializationConfig().addDataSerializableFactory(FACTORY,
                id -> id == RETURN_ONE ? new ReturnOne() : new ReadValue());
        config.getMapConfig(MAP).addIndexConfig(new com.hazelcast.config.IndexConfig(IndexType.HASH, "this"));
    }

    static void fill(HazelcastInstance member) {
        IMap<Integer, Integer> map = member.getMap(MAP);
        Map<Integer, Integer> all = new HashMap<>();
        for (int i = 0; i < ENTRIES; i++) {
            all.put(i, i % DISTINCT_VALUES);
        }
        map.putAll(all);
    }

    /** The processor as the members (and the official client) know it. */
    static final class ReadValue implements EntryProcessor<Integer, Integer, Integer>, IdentifiedDataSerializable {
        @Override
        public Integer process(Map.Entry<Integer, Integer> entry) {
            return entry.getValue();
        }

        @Override
        public EntryProcessor<Integer, Integer, Integer> getBackupProcessor() {
            return null; // it writes nothing
        }

        @Override
        public int getFactoryId() {
            return FACTORY;
        }

        @Override
        public int getClassId() {
            return READ_VALUE;
        }

        @Override
        public void writeData(ObjectDataOutput out) {
        }

        @Override
        public void readData(ObjectDataInput in) {
        }
    }

    /** The executor line's task as the members (and the official client) know it. */
    static final class ReturnOne implements java.util.concurrent.Callable<Integer>, IdentifiedDataSerializable {
        @Override
        public Integer call() {
            return 1;
        }

        @Override
        public int getFactoryId() {
            return FACTORY;
        }

        @Override
        public int getClassId() {
            return RETURN_ONE;
        }

        @Override
        public void writeData(ObjectDataOutput out) {
        }

        @Override
        public void readData(ObjectDataInput in) {
        }
    }

    /** The same task as hz-client sends it: only its ids. */
    record OursReturnOne() implements io.hzclient.serialization.IdentifiedDataSerializable {
        @Override
        public int getFactoryId() {
            return FACTORY;
        }

        @Override
        public int getClassId() {
            return RETURN_ONE;
        }

        @Override
        public void writeData(io.hzclient.serialization.ObjectDataOutput out) {
        }

        @Override
        public void readData(io.hzclient.serialization.ObjectDataInput in) {
        }
    }

    /** The same processor as hz-client sends it: only its ids. */
    record OursReadValue() implements io.hzclient.serialization.IdentifiedDataSerializable {
        @Override
        public int getFactoryId() {
            return FACTORY;
        }

        @Override
        public int getClassId() {
            return READ_VALUE;
        }

        @Override
        public void writeData(io.hzclient.serialization.ObjectDataOutput out) {
        }

        @Override
        public void readData(io.hzclient.serialization.ObjectDataInput in) {
        }
    }
}
