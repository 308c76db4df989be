package io.hzclient.internal.invocation;

import io.hzclient.HzClientException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FuturesTest {

    @Test
    void aFailureComesOutUnwrappedWithTheCallersStackAttached() {
        HzClientException failure = new HzClientException("no");
        CompletableFuture<Object> future = CompletableFuture.failedFuture(new CompletionException(failure));

        assertThatThrownBy(() -> Futures.join(future)).isSameAs(failure);
        assertThat(failure.getSuppressed()).singleElement().isInstanceOf(Futures.CallSite.class)
                .satisfies(s -> assertThat(s.getStackTrace()[0].getMethodName()).isEqualTo("join"));
    }

    @Test
    void aCheckedCauseIsWrappedInAClientException() {
        IOException io = new IOException("disk");

        assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(io)))
                .isInstanceOf(HzClientException.class).hasCause(io).hasMessageContaining("disk");
    }

    @Test
    void anInterruptedWaitKeepsTheInterruptFlag() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Futures.join(new CompletableFuture<>()))
                    .isInstanceOf(HzClientException.class).hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
