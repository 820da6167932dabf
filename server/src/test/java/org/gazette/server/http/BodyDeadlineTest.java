package org.gazette.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request body must arrive whole within the body deadline, and is read before the request takes
 * one of the turns of the request limit: clients that send slowly cannot starve the others.
 */
class BodyDeadlineTest {
  private static final long DEADLINE_MILLIS = 1500;

  @TempDir Path dir;

  @Test
  void bodiesThatTrickleInHoldNoTurnAndAre408AtTheDeadline() throws Exception {
    ServerConfig config =
        ServerConfig.defaults()
            .withPort(0)
            .withRequestLimits(2, 0, 0)
            .withBodyDeadlineMillis(DEADLINE_MILLIS);
    try (RunningServer s = RunningServer.start(dir, config, false)) {
      List<Socket> slow = new ArrayList<>();
      List<Thread> drips = new ArrayList<>();
      try {
        for (int i = 0; i < 2; i++) {
          Socket socket = new Socket("127.0.0.1", s.server.port());
          socket.setSoTimeout(20_000);
          slow.add(socket);
          drips.add(drip(socket, 200));
        }
        Thread.sleep(400);
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
          assertThat(s.get("/api/v1/stats").statusCode()).isEqualTo(200);
        }

        for (Socket socket : slow) {
          RawHttp.Answer answer = RawHttp.read(socket.getInputStream());
          assertThat(answer.status()).isEqualTo(408);
          assertThat(answer.header("Content-Type")).startsWith(Problems.CONTENT_TYPE);
          assertThat(answer.text()).contains("urn:gazette:problem:request-timeout");
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(DEADLINE_MILLIS + 3000);
      } finally {
        drips.forEach(Thread::interrupt);
        for (Socket socket : slow) {
          socket.close();
        }
      }
      assertThat(s.get("/api/v1/documents/slow-0").statusCode()).isEqualTo(404);
      assertThat(s.get("/api/v1/documents/slow-1").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void aBodyThatNeverComesIs408AtTheDeadlineNotAtTheIdleTimeout() throws Exception {
    ServerConfig config =
        ServerConfig.defaults().withPort(0).withBodyDeadlineMillis(DEADLINE_MILLIS);
    try (RunningServer s = RunningServer.start(dir, config, false);
        Socket socket = new Socket("127.0.0.1", s.server.port())) {
      socket.setSoTimeout(20_000);
      long start = System.nanoTime();
      socket
          .getOutputStream()
          .write(head("/api/v1/documents/silent", 100).getBytes(StandardCharsets.US_ASCII));

      RawHttp.Answer answer = RawHttp.read(socket.getInputStream());

      assertThat(answer.status()).isEqualTo(408);
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(DEADLINE_MILLIS + 3000);
      assertThat(s.get("/health").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void bodiesReadAheadOfTheirTurnShareABudgetOfMemory() throws Exception {
    // One request may run, so the bodies read at once may hold one largest body: 2 KB.
    ServerConfig config =
        ServerConfig.defaults().withPort(0).withMaxBodyBytes(2048).withRequestLimits(1, 8, 10_000);
    try (RunningServer s = RunningServer.start(dir, config, false);
        Socket big = new Socket("127.0.0.1", s.server.port())) {
      big.setSoTimeout(20_000);
      String body = "{\"body\": \"Troops left." + " ".repeat(2048 - 24) + "\"}";
      byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
      assertThat(bytes.length).isEqualTo(2048);
      OutputStream out = big.getOutputStream();
      out.write(head("/api/v1/documents/big", bytes.length).getBytes(StandardCharsets.US_ASCII));
      out.write(bytes, 0, 1500);
      out.flush();
      Thread.sleep(300);

      var refused = s.put("/api/v1/documents/small", "{\"body\": \"Troops stayed.\"}");
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");

      out.write(bytes, 1500, bytes.length - 1500);
      out.flush();
      assertThat(RawHttp.read(big.getInputStream()).status()).isEqualTo(201);
      assertThat(s.put("/api/v1/documents/small", "{\"body\": \"Troops stayed.\"}").statusCode())
          .isEqualTo(201);
    }
  }

  @Test
  void theDeadlineHasADefaultAndMustBePositive() {
    assertThat(ServerConfig.defaults().bodyDeadlineMillis()).isEqualTo(30_000);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ServerConfig.defaults().withBodyDeadlineMillis(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bodyDeadlineMillis");
  }

  private static String head(String path, int length) {
    return "PUT "
        + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + "Content-Type: application/json\r\nContent-Length: "
        + length
        + "\r\n\r\n";
  }

  /** Sends the head of a 200-byte PUT, then one byte of its body every {@code everyMillis}. */
  private static Thread drip(Socket socket, long everyMillis) throws IOException {
    OutputStream out = socket.getOutputStream();
    String id = "slow-" + socket.getLocalPort() % 2;
    out.write(head("/api/v1/documents/" + id, 200).getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try {
                for (int i = 0; i < 200; i++) {
                  out.write(i == 0 ? '{' : ' ');
                  out.flush();
                  Thread.sleep(everyMillis);
                }
              } catch (IOException | InterruptedException stopped) {
                // the server answered and closed, or the test is over
              }
            });
  }
}
