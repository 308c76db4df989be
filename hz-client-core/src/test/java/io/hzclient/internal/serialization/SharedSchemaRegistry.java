package io.hzclient.internal.serialization;

import com.hazelcast.internal.serialization.impl.compact.FieldDescriptor;
import io.hzclient.serialization.FieldKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the cluster's schema registry in unit tests: our {@link SchemaTransport} and the member's
 * SchemaService share it, so data written by either side can be read by the other.
 */
final class SharedSchemaRegistry implements SchemaTransport, com.hazelcast.internal.serialization.impl.compact.SchemaService {
    final Map<Long, com.hazelcast.internal.serialization.impl.compact.Schema> schemas = new ConcurrentHashMap<>();
    final List<String> calls = new CopyOnWriteArrayList<>();

    // ---- our side

    @Override
    public CompletableFuture<Void> send(Schema schema) {
        calls.add("send " + schema.typeName());
        com.hazelcast.internal.serialization.impl.compact.Schema member = toMember(schema);
        schemas.put(member.getSchemaId(), member);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Schema> fetch(long schemaId) {
        calls.add("fetch " + schemaId);
        com.hazelcast.internal.serialization.impl.compact.Schema member = schemas.get(schemaId);
        return CompletableFuture.completedFuture(member == null ? null : fromMember(member));
    }

    @Override
    public CompletableFuture<Void> sendAll(Collection<Schema> all) {
        all.forEach(this::send);
        return CompletableFuture.completedFuture(null);
    }

    static com.hazelcast.internal.serialization.impl.compact.Schema toMember(Schema schema) {
        List<FieldDescriptor> fields = new ArrayList<>();
        for (SchemaField f : schema.fields()) {
            fields.add(new FieldDescriptor(f.name(), com.hazelcast.nio.serialization.FieldKind.get(f.kind().id())));
        }
        return new com.hazelcast.internal.serialization.impl.compact.Schema(schema.typeName(), fields);
    }

    static Schema fromMember(com.hazelcast.internal.serialization.impl.compact.Schema member) {
        List<SchemaField> fields = new ArrayList<>();
        for (FieldDescriptor f : member.getFields()) {
            fields.add(SchemaField.of(f.getFieldName(), FieldKind.of(f.getKind().getId())));
        }
        return new Schema(member.getTypeName(), fields);
    }

    // ---- the member's side

    @Override
    public com.hazelcast.internal.serialization.impl.compact.Schema get(long schemaId) {
        return schemas.get(schemaId);
    }

    @Override
    public void put(com.hazelcast.internal.serialization.impl.compact.Schema schema) {
        schemas.put(schema.getSchemaId(), schema);
    }

    @Override
    public void putLocal(com.hazelcast.internal.serialization.impl.compact.Schema schema) {
        schemas.put(schema.getSchemaId(), schema);
    }
}
