package io.hzclient.bench;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** One client under test and its map of {@code Integer -> byte[]}: the same few calls, whichever client it is. */
interface Target extends AutoCloseable {
    Object get(Integer key);

    Object put(Integer key, byte[] value);

    CompletionStage<?> getAsync(Integer key);

    CompletionStage<?> putAsync(Integer key, byte[] value);

    Map<?, ?> getAll(Set<Integer> keys);

    void putAll(Map<Integer, byte[]> entries);

    @Override
    void close();

    /** Connects; returns once the client is connected and its map proxy exists. */
    static Target connect(String kind, String clusterName, String address, String mapName) {
        return switch (kind) {
            case "ours" -> new OursTarget(clusterName, address, mapName);
            case "official" -> new OfficialTarget(clusterName, address, mapName);
            default -> throw new IllegalArgumentException("unknown client " + kind);
        };
    }
}
