/**
 * Test fixtures that start real Hazelcast members and fake ones. Pick the smallest that proves the behaviour:
 * <ul>
 *   <li>{@link io.hzclient.test.TestCluster}: in-JVM 5.7.0 members, isolated by a unique cluster name and explicit
 *       loopback addresses; {@link io.hzclient.test.TestClusterExtension} shares one per test class,
 *       {@link io.hzclient.test.TestCluster#shared()} one per test JVM. Name objects with
 *       {@link io.hzclient.test.TestCluster#uniqueName}.</li>
 *   <li>{@link io.hzclient.test.SeparateJvmMember} and {@link io.hzclient.test.SeparateJvmCluster}: members in their
 *       own JVMs, for kill -9, restart on the same port, and other versions (5.4.0 for the CP Subsystem).</li>
 *   <li>{@link io.hzclient.test.FakeServer}: a loopback peer that stays silent or answers garbage, for fault tests.</li>
 *   <li>{@link io.hzclient.test.FakeMember}: a fake member that completes the handshake (authentication, cluster
 *       view, pings) and then stays silent, answers garbage or closes, for faults after the client connected.</li>
 *   <li>{@link io.hzclient.test.Eventually} and {@link io.hzclient.test.FreePorts}: small helpers.</li>
 *   <li>{@link io.hzclient.test.TimeWindow}: for "still there" checks against a TTL, max-idle or lease, asserted only
 *       while provably within it, with slow attempts run again.</li>
 *   <li>{@link io.hzclient.test.MemberState}: what an in-JVM member holds now (parked operations, listener
 *       registrations, flake id batches), to wait for an explicit state instead of sleeping.</li>
 * </ul>
 * Members never answer a request sent before the authentication response: wait for it.
 */
package io.hzclient.test;
