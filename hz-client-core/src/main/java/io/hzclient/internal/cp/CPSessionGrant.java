package io.hzclient.internal.cp;

/**
 * A session the CP group opened for this client.
 *
 * @param sessionId       its id in the group
 * @param ttlMillis       how long it lives without a heartbeat
 * @param heartbeatMillis how often the group expects one
 */
record CPSessionGrant(long sessionId, long ttlMillis, long heartbeatMillis) {
}
