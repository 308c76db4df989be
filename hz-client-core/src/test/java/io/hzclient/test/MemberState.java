package io.hzclient.test;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.flakeidgen.impl.FlakeIdGeneratorService;
import com.hazelcast.instance.impl.HazelcastInstanceProxy;
import com.hazelcast.internal.monitor.LocalFlakeIdGeneratorStats;
import com.hazelcast.spi.impl.NodeEngineImpl;
import com.hazelcast.spi.impl.operationparker.impl.OperationParkerImpl;
import com.hazelcast.spi.impl.operationparker.impl.WaitSet;
import com.hazelcast.spi.impl.operationservice.WaitNotifyKey;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * What an in-JVM member holds right now, read from its internals: lets a test wait for an explicit state (a read is
 * parked on the member, a listener registration is gone) instead of sleeping and hoping.
 */
public final class MemberState {
    /** The map service's name on the member, for {@link #listenerRegistrations}. */
    public static final String MAP_SERVICE = "hz:impl:mapService";
    /** The topic service's name on the member, for {@link #listenerRegistrations}. */
    public static final String TOPIC_SERVICE = "hz:impl:topicService";

    private MemberState() {
    }

    /**
     * Operations parked on the member for the object named {@code objectName}, waiting for a condition: blocking
     * ringbuffer reads, lock and tryLock calls with a wait time, and so on.
     */
    public static int parkedOperations(HazelcastInstance member, String objectName) {
        Map<?, ?> waitSets;
        try {
            Field f = OperationParkerImpl.class.getDeclaredField("waitSetMap");
            f.setAccessible(true);
            waitSets = (Map<?, ?>) f.get(nodeEngine(member).getOperationParker());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the member's OperationParkerImpl changed: no 'waitSetMap'", e);
        }
        int sum = 0;
        for (Map.Entry<?, ?> e : waitSets.entrySet()) {
            if (objectName.equals(((WaitNotifyKey) e.getKey()).getObjectName())) {
                sum += ((WaitSet) e.getValue()).size();
            }
        }
        return sum;
    }

    /** {@link #parkedOperations(HazelcastInstance, String)} summed over {@code members}. */
    public static int parkedOperations(List<HazelcastInstance> members, String objectName) {
        int sum = 0;
        for (HazelcastInstance member : members) {
            sum += parkedOperations(member, objectName);
        }
        return sum;
    }

    /** Listener registrations the member holds for {@code objectName} of {@code service}, from any client or member. */
    public static int listenerRegistrations(HazelcastInstance member, String service, String objectName) {
        return nodeEngine(member).getEventService().getRegistrations(service, objectName).size();
    }

    /**
     * Id batches the member handed out for flake id generator {@code name}, to any client or member. Unlike the
     * client's own invocation count, background calls such as heartbeat pings do not show here.
     */
    public static long flakeIdBatches(HazelcastInstance member, String name) {
        FlakeIdGeneratorService service = nodeEngine(member).getService(FlakeIdGeneratorService.SERVICE_NAME);
        LocalFlakeIdGeneratorStats stats = service.getStats().get(name);
        return stats == null ? 0 : stats.getBatchCount();
    }

    private static NodeEngineImpl nodeEngine(HazelcastInstance member) {
        return ((HazelcastInstanceProxy) member).getOriginal().node.getNodeEngine();
    }
}
