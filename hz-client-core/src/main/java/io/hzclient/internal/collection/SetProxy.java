package io.hzclient.internal.collection;

import io.hzclient.Member;
import io.hzclient.internal.proxy.ClientContext;
import io.hzclient.set.HzSet;

import java.util.UUID;
import java.util.function.Function;

/** The client side of a set: the collection methods of {@link CollectionProxy}, with the Set service's messages. */
public final class SetProxy<E> extends CollectionProxy<E> implements HzSet<E> {
    public static final String SERVICE_NAME = "hz:impl:setService";

    /** {@code members} finds a member of the cluster view by its UUID (null if unknown). */
    public SetProxy(String name, ClientContext context, Function<UUID, Member> members) {
        super(SERVICE_NAME, name, context, members, SetCodec.INSTANCE, SetCodec.ITEM_EVENT);
    }
}
