package io.hzclient.internal.collection;

import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.serialization.Data;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The messages a set and a list share: the same methods under their own service ids (6 and 5), so that one proxy
 * base serves both. Each implementation follows its own YAML (a list's reads are retryable, a set's are not).
 */
interface CollectionCodec {

    Call<Integer> size(String name, Data routingKey);

    Call<Boolean> contains(String name, Data value, Data routingKey);

    Call<Boolean> containsAll(String name, Collection<Data> values, Data routingKey);

    Call<Boolean> add(String name, Data value, Data routingKey);

    Call<Boolean> remove(String name, Data value, Data routingKey);

    Call<Boolean> addAll(String name, Collection<Data> values, Data routingKey);

    Call<Boolean> compareAndRemoveAll(String name, Collection<Data> values, Data routingKey);

    Call<Boolean> compareAndRetainAll(String name, Collection<Data> values, Data routingKey);

    Call<Void> clear(String name, Data routingKey);

    Call<List<Data>> getAll(String name, Data routingKey);

    ClientMessage addListener(String name, boolean includeValue, boolean localOnly);

    ClientMessage removeListener(String name, UUID registrationId);

    Call<Boolean> isEmpty(String name, Data routingKey);
}
