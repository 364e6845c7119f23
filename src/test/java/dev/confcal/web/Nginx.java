package dev.confcal.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Debian's stock nginx ({@code apt-get install nginx-light}; {@code .ci/run} installs it) on a free loopback
 * port, with its own mime.types, configured by the test. Skipped where nginx is not installed.
 */
final class Nginx implements AutoCloseable {

    private static final File NGINX = new File("/usr/sbin/nginx");

    final int port;
    private final Path dir;

    private Nginx(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /**
     * Starts nginx with {@code server} as its only server block; {@code PORT} in it is replaced by the port.
     * The folder is made traversable, since nginx's workers run as another user when the tests run as root.
     */
    static Nginx start(Path dir, String server) throws IOException, InterruptedException {
        assumeTrue(NGINX.canExecute(), "Debian's nginx (nginx-light)");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Files.createDirectories(dir.resolve("logs"));
        Files.writeString(dir.resolve("nginx.conf"), """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log;
                events { worker_connections 256; }
                http {
                  include /etc/nginx/mime.types;
                  default_type application/octet-stream;
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                %2$s
                }
                """.formatted(dir, server.replace("PORT", String.valueOf(port))));
        Process start = new ProcessBuilder(NGINX.getPath(), "-c", dir.resolve("nginx.conf").toString(), "-p",
                dir.toString()).redirectErrorStream(true).start();
        String output = new String(start.getInputStream().readAllBytes());
        if (!start.waitFor(10, TimeUnit.SECONDS) || start.exitValue() != 0) {
            throw new IllegalStateException("nginx did not start: " + output + " "
                    + (Files.exists(dir.resolve("logs/error.log")) ? Files.readString(dir.resolve("logs/error.log")) : ""));
        }
        Nginx nginx = new Nginx(dir, port);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                new Socket("127.0.0.1", port).close();
                return nginx;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        nginx.close();
        throw new IllegalStateException("nginx does not listen on " + port);
    }

    @Override
    public void close() throws IOException {
        Process stop = new ProcessBuilder(NGINX.getPath(), "-c", dir.resolve("nginx.conf").toString(), "-p",
                dir.toString(), "-s", "stop").redirectErrorStream(true).start();
        stop.getInputStream().readAllBytes();
        try {
            stop.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // AutoCloseable.close should not throw it: the flag says it
        }
    }
}
