package io.hzclient.internal.cp;

import io.hzclient.HzClient;
import io.hzclient.config.ClientConfig;

import java.util.List;

/**
 * A client in its own JVM that takes a CP fenced lock or semaphore permits, prints {@value #HELD} and what it holds
 * (the lock's fence, or the permits), and holds it until it is killed (or its stdin ends). Arguments: cluster name,
 * comma-separated member addresses, then {@code lock NAME} or {@code semaphore NAME PERMITS}.
 */
public final class CPHolderMain {
    static final String HELD = "CP-HELD";

    private CPHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        HzClient client = HzClient.newClient(ClientConfig.builder().clusterName(args[0])
                .addresses(List.of(args[1].split(","))).build());
        long held = switch (args[2]) {
            case "lock" -> client.getCPSubsystem().getLock(args[3]).lockAndGetFence();
            case "semaphore" -> {
                int permits = Integer.parseInt(args[4]);
                client.getCPSubsystem().getSemaphore(args[3]).acquire(permits);
                yield permits;
            }
            default -> throw new IllegalArgumentException("lock or semaphore, not " + args[2]);
        };
        System.out.println(HELD + " " + held);
        System.out.flush();
        while (System.in.read() >= 0) {
            // hold it until killed or the test JVM ends
        }
        System.exit(0);
    }
}
