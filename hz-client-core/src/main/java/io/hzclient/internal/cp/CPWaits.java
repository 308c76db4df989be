package io.hzclient.internal.cp;

import io.hzclient.HzClientException;
import io.hzclient.internal.invocation.Call;

/**
 * Waiting for CP calls whose effect the group may still make after the caller stops waiting: a lock or permits
 * granted, a session opened, a release or a drain done, each unknown to the client if it gave up.
 */
final class CPWaits {
    private CPWaits() {
    }

    /**
     * The call's answer, waited for through interrupts. The interrupt status is restored afterwards.
     */
    static <R> R uninterruptibly(Call<R> call) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return call.sync();
                } catch (HzClientException e) {
                    if (!(e.getCause() instanceof InterruptedException)) {
                        throw e;
                    }
                    interrupted = true;
                    Thread.interrupted(); // set again by the wait that gave up; clear it to wait once more
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
