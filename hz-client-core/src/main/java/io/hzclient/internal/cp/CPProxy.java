package io.hzclient.internal.cp;

import io.hzclient.DistributedObject;
import io.hzclient.cp.CPGroupId;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.invocation.InvocationService;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.SerializationService;

import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;

/** What every CP proxy shares: its names, its group, where its calls go and where async answers complete. */
abstract class CPProxy implements DistributedObject {
    protected final String objectName;
    protected final CPGroupId groupId;
    protected final Executor userExecutor;
    protected final SerializationService serialization;
    private final String proxyName;
    private final String serviceName;
    private final InvocationService invocations;
    private final Runnable forget;

    CPProxy(String serviceName, CPNames names, CPGroupId groupId, CPSubsystemContext context, Runnable forget) {
        this.serviceName = serviceName;
        this.proxyName = names.proxyName();
        this.objectName = names.objectName();
        this.groupId = groupId;
        this.invocations = context.invocations();
        this.userExecutor = context.userExecutor();
        this.serialization = context.serialization();
        this.forget = forget;
    }

    /** A new id for a call that the group must apply once however often it is sent. */
    protected static UUID newInvocationUid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** A function for the members to run, serialized. */
    protected final Data functionData(Object function) {
        return serialization.toData(Objects.requireNonNull(function, "function must not be null"));
    }

    protected final <R> Call<R> invoke(Call<R> call) {
        return invocations.invoke(call);
    }

    /** The CP group that holds the object. */
    public CPGroupId getGroupId() {
        return groupId;
    }

    @Override
    public String getName() {
        return proxyName;
    }

    @Override
    public String getServiceName() {
        return serviceName;
    }

    @Override
    public void destroy() {
        forget.run();
        invoke(CPGroupCodec.destroyCPObject(groupId, serviceName, objectName)).sync();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{name=" + proxyName + ", group=" + groupId.name() + '}';
    }
}
