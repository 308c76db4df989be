package io.hzclient.internal.cp;

import io.hzclient.HzClientException;
import io.hzclient.internal.invocation.Call;

/** Waiting for CP calls that the group may still grant after the caller stops waiting. */
final class CPWaits {
    private CPWaits() {
    }

    /**
     * The call's answer, waited for through interrupts: a lock or permits granted after the caller gave up would be
     * held with nobody knowing. The interrupt status is restored afterwards.
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
