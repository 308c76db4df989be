package io.hzclient.test;

import io.hzclient.internal.protocol.ClientMessageDecoder;
import io.hzclient.internal.protocol.ProtocolException;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.hzclient.test.Eventually.assertEventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FakeServerTest {
    private static final byte[] PREAMBLE = "CP2".getBytes(StandardCharsets.US_ASCII);

    @Test
    void silentServerAcceptsRecordsAndNeverAnswers() throws IOException {
        try (FakeServer server = FakeServer.start(FakeServer.silent());
             Socket socket = connect(server)) {
            socket.getOutputStream().write(PREAMBLE);
            socket.setSoTimeout(300);

            assertThatThrownBy(() -> socket.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            assertEventually(Duration.ofSeconds(5), () -> assertThat(server.received()).isEqualTo(PREAMBLE));
            assertThat(server.acceptedConnections()).isEqualTo(1);
            assertThat(server.port()).isPositive();
        }
    }

    @Test
    void garbageServerAnswersRandomBytes() throws IOException {
        try (FakeServer server = FakeServer.start(FakeServer.garbage(64, 1));
             Socket socket = connect(server)) {
            socket.getOutputStream().write(PREAMBLE);
            assertThat(readExactly(socket.getInputStream(), 64)).hasSize(64);
        }
    }

    @Test
    void hugeLengthAnswerIsRejectedByTheDecoder() throws IOException {
        try (FakeServer server = FakeServer.start(FakeServer.hugeLength());
             Socket socket = connect(server)) {
            socket.getOutputStream().write(PREAMBLE);
            byte[] answer = readExactly(socket.getInputStream(), 22);

            EmbeddedChannel decoder = new EmbeddedChannel(new ClientMessageDecoder());
            assertThatThrownBy(() -> decoder.writeInbound(Unpooled.wrappedBuffer(answer)))
                    .isInstanceOf(ProtocolException.class);
            decoder.finishAndReleaseAll();
        }
    }

    @Test
    void truncatedFrameLeavesTheDecoderWaiting() throws IOException {
        try (FakeServer server = FakeServer.start(FakeServer.truncatedFrame(100, 10));
             Socket socket = connect(server)) {
            socket.getOutputStream().write(PREAMBLE);
            byte[] answer = readExactly(socket.getInputStream(), 16);

            EmbeddedChannel decoder = new EmbeddedChannel(new ClientMessageDecoder());
            decoder.writeInbound(Unpooled.wrappedBuffer(answer));
            assertThat(decoder.<Object>readInbound()).isNull();
            decoder.finishAndReleaseAll();
        }
    }

    @Test
    void closingServerClosesEachConnection() throws IOException {
        try (FakeServer server = FakeServer.start(FakeServer.closeImmediately());
             Socket socket = connect(server)) {
            socket.setSoTimeout(5000);
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void customAnswerIsSentVerbatim() throws IOException {
        byte[] bytes = {1, 2, 3, 4};
        try (FakeServer server = FakeServer.start(FakeServer.answer(bytes));
             Socket socket = connect(server)) {
            socket.getOutputStream().write(PREAMBLE);
            assertThat(readExactly(socket.getInputStream(), 4)).isEqualTo(bytes);
        }
    }

    @Test
    void closeDropsOpenConnections() throws IOException {
        FakeServer server = FakeServer.start(FakeServer.silent());
        try (Socket socket = connect(server)) {
            assertEventually(Duration.ofSeconds(5), () -> assertThat(server.openConnections()).isEqualTo(1));
            server.close();
            socket.setSoTimeout(5000);
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    private static Socket connect(FakeServer server) throws IOException {
        return new Socket(InetAddress.getLoopbackAddress(), server.port());
    }

    private static byte[] readExactly(InputStream in, int n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[n];
        while (out.size() < n) {
            int read = in.read(buffer, 0, n - out.size());
            if (read < 0) {
                break;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
