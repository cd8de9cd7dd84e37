package dev.l2mac.check.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.l2mac.check.PinnedArtifact;
import dev.l2mac.memory.Fingerprints;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JUnitLauncherJarTest {

    private static final byte[] JAR = "pretend this is the launcher".getBytes(StandardCharsets.UTF_8);
    private static final String DIGEST = Fingerprints.of(JAR);

    @TempDir
    Path cache;

    @TempDir
    Path emptyRepository;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile byte[] served = JAR;

    @BeforeEach
    void startRepository() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/maven2/", exchange -> {
            requests.incrementAndGet();
            boolean known = exchange.getRequestURI().getPath().equals("/maven2/" + JUnitLauncherJar.ARTIFACT_PATH);
            byte[] body = known ? served : new byte[0];
            exchange.sendResponseHeaders(known ? 200 : 404, known ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopRepository() {
        server.stop(0);
    }

    private JUnitLauncherJar launcher(String digest) {
        URI repository = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/maven2/");
        return new JUnitLauncherJar(cache, Optional.of(emptyRepository), Optional.of(repository), digest);
    }

    @Test
    void downloads_once_into_the_cache_and_verifies_the_digest() throws IOException {
        PinnedArtifact.Resolution first = launcher(DIGEST).resolve();

        assertThat(first).isInstanceOf(PinnedArtifact.Resolution.Found.class);
        Path jar = ((PinnedArtifact.Resolution.Found) first).file();
        assertThat(jar.getParent()).isEqualTo(cache);
        assertThat(Files.readAllBytes(jar)).isEqualTo(JAR);

        assertThat(launcher(DIGEST).resolve()).isEqualTo(first);
        assertThat(requests).hasValue(1);
    }

    @Test
    void refuses_a_download_whose_digest_differs_and_keeps_nothing() throws IOException {
        served = "something else".getBytes(StandardCharsets.UTF_8);

        PinnedArtifact.Resolution resolution = launcher(DIGEST).resolve();

        assertThat(resolution).isInstanceOf(PinnedArtifact.Resolution.Missing.class);
        assertThat(((PinnedArtifact.Resolution.Missing) resolution).reason())
                .contains("SHA-256")
                .contains("Java tests cannot run")
                .contains(cache.toString());
        try (var left = Files.list(cache)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void takes_the_jar_from_the_local_maven_repository_without_downloading() throws IOException {
        Path local = emptyRepository.resolve(JUnitLauncherJar.ARTIFACT_PATH);
        Files.createDirectories(local.getParent());
        Files.write(local, JAR);

        assertThat(launcher(DIGEST).resolve()).isEqualTo(new PinnedArtifact.Resolution.Found(local));
        assertThat(requests).hasValue(0);
    }

    @Test
    void offline_without_a_copy_says_where_to_put_the_jar() {
        JUnitLauncherJar offline = new JUnitLauncherJar(cache, Optional.of(emptyRepository), Optional.empty(), DIGEST);

        PinnedArtifact.Resolution resolution = offline.resolve();

        assertThat(resolution).isInstanceOf(PinnedArtifact.Resolution.Missing.class);
        assertThat(((PinnedArtifact.Resolution.Missing) resolution).reason())
                .contains("downloading is off")
                .contains("junit-platform-console-standalone-" + JUnitLauncherJar.VERSION + ".jar")
                .contains(cache.toString());
        assertThat(requests).hasValue(0);
    }
}
