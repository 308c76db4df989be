package io.hzclient.spring.boot.autoconfigure.beans;

import io.hzclient.DistributedObject;
import io.hzclient.HzClient;
import io.hzclient.cp.HzAtomicLong;
import io.hzclient.cp.HzAtomicReference;
import io.hzclient.cp.HzCountDownLatch;
import io.hzclient.cp.HzFencedLock;
import io.hzclient.cp.HzSemaphore;
import io.hzclient.executor.HzExecutorService;
import io.hzclient.flakeid.FlakeIdGenerator;
import io.hzclient.list.HzList;
import io.hzclient.map.HzMap;
import io.hzclient.multimap.HzMultiMap;
import io.hzclient.pncounter.PNCounter;
import io.hzclient.queue.HzQueue;
import io.hzclient.replicatedmap.HzReplicatedMap;
import io.hzclient.ringbuffer.Ringbuffer;
import io.hzclient.set.HzSet;
import io.hzclient.spring.boot.autoconfigure.HzClientProperties;
import io.hzclient.topic.ReliableTopic;
import io.hzclient.topic.Topic;

import java.util.function.BiFunction;

/** The structures that {@code hz.client.beans.*} can declare as beans: the list's name, the type and the lookup. */
enum DistributedObjectKind {
    MAPS("maps", HzMap.class, HzClient::getMap),
    TOPICS("topics", Topic.class, HzClient::getTopic),
    PN_COUNTERS("pn-counters", PNCounter.class, HzClient::getPNCounter),
    FLAKE_ID_GENERATORS("flake-id-generators", FlakeIdGenerator.class, HzClient::getFlakeIdGenerator),
    RELIABLE_TOPICS("reliable-topics", ReliableTopic.class, HzClient::getReliableTopic),
    RINGBUFFERS("ringbuffers", Ringbuffer.class, HzClient::getRingbuffer),
    QUEUES("queues", HzQueue.class, HzClient::getQueue),
    SETS("sets", HzSet.class, HzClient::getSet),
    LISTS("lists", HzList.class, HzClient::getList),
    MULTIMAPS("multimaps", HzMultiMap.class, HzClient::getMultiMap),
    REPLICATED_MAPS("replicated-maps", HzReplicatedMap.class, HzClient::getReplicatedMap),
    ATOMIC_LONGS("atomic-longs", HzAtomicLong.class, (client, name) -> client.getCPSubsystem().getAtomicLong(name)),
    ATOMIC_REFERENCES("atomic-references", HzAtomicReference.class,
            (client, name) -> client.getCPSubsystem().getAtomicReference(name)),
    COUNT_DOWN_LATCHES("count-down-latches", HzCountDownLatch.class,
            (client, name) -> client.getCPSubsystem().getCountDownLatch(name)),
    LOCKS("locks", HzFencedLock.class, (client, name) -> client.getCPSubsystem().getLock(name)),
    SEMAPHORES("semaphores", HzSemaphore.class, (client, name) -> client.getCPSubsystem().getSemaphore(name)),
    EXECUTORS("executors", HzExecutorService.class, HzClient::getExecutorService);

    final String property;
    final Class<? extends DistributedObject> type;
    private final BiFunction<HzClient, String, ? extends DistributedObject> lookup;

    DistributedObjectKind(String property, Class<? extends DistributedObject> type,
                          BiFunction<HzClient, String, ? extends DistributedObject> lookup) {
        this.property = property;
        this.type = type;
        this.lookup = lookup;
    }

    /** {@code hz.client.beans.<property>} */
    String propertyName() {
        return HzClientProperties.PREFIX + ".beans." + property;
    }

    DistributedObject lookup(HzClient client, String name) {
        return lookup.apply(client, name);
    }
}
