package io.hzclient.internal.cp;

import io.hzclient.internal.invocation.InvocationService;
import io.hzclient.internal.serialization.SerializationService;

import java.util.concurrent.Executor;

/**
 * What CP proxies need from the client.
 *
 * @param invocations   where their calls go
 * @param serialization how references' values are written and read
 * @param userExecutor  where async answers complete
 */
record CPSubsystemContext(InvocationService invocations, SerializationService serialization, Executor userExecutor) {
}
