package io.hzclient.internal.map;

import io.hzclient.internal.invocation.Call;

import java.lang.reflect.Method;

/**
 * How a call is routed, read for tests: {@link Call} keeps its routing to the invocation layer (package-private),
 * so a fake invocation service outside that package reads it reflectively.
 *
 * @param name    "key" (by the key's partition), "partition" (one partition), "member" or "any"
 * @param keyHash the key's partition hash when routed by key, else null
 */
record CallRoute(String name, Integer keyHash) {

    static CallRoute of(Call<?> call) {
        if ((boolean) hidden(call, "routedByKey")) {
            return new CallRoute("key", (int) hidden(call, "keyHash"));
        }
        if (hidden(call, "memberUuid") != null) {
            return new CallRoute("member", null);
        }
        return new CallRoute(call.request().partitionId() >= 0 ? "partition" : "any", null);
    }

    private static Object hidden(Call<?> call, String method) {
        try {
            Method m = Call.class.getDeclaredMethod(method);
            m.setAccessible(true);
            return m.invoke(call);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Call." + method + "() is gone: update this test helper", e);
        }
    }
}
