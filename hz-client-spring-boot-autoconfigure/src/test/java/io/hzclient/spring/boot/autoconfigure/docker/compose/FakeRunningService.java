package io.hzclient.spring.boot.autoconfigure.docker.compose;

import org.springframework.boot.docker.compose.core.ConnectionPorts;
import org.springframework.boot.docker.compose.core.ImageReference;
import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionSource;
import org.springframework.mock.env.MockEnvironment;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;

/**
 * A compose service as {@code docker compose ps} would describe it, without a Docker engine: its image, host, the
 * port mapped to each container port, environment and labels.
 */
record FakeRunningService(String imageName, String host, Map<Integer, Integer> mappedPorts, Map<String, String> env)
        implements RunningService {

    @Override
    public String name() {
        return "hazelcast";
    }

    @Override
    public ImageReference image() {
        return ImageReference.of(imageName);
    }

    @Override
    public ConnectionPorts ports() {
        return new ConnectionPorts() {
            @Override
            public int get(int containerPort) {
                Integer port = mappedPorts.get(containerPort);
                if (port == null) {
                    throw new IllegalStateException("No host port mapped to container port " + containerPort);
                }
                return port;
            }

            @Override
            public List<Integer> getAll() {
                return List.copyOf(mappedPorts.values());
            }

            @Override
            public List<Integer> getAll(String protocol) {
                return "tcp".equals(protocol) ? getAll() : List.of();
            }
        };
    }

    @Override
    public Map<String, String> labels() {
        return Map.of();
    }

    /** The source Spring Boot hands the factories (its constructor is Boot's own, hence the reflection). */
    DockerComposeConnectionSource source() {
        try {
            Constructor<DockerComposeConnectionSource> c = DockerComposeConnectionSource.class
                    .getDeclaredConstructor(RunningService.class, org.springframework.core.env.Environment.class);
            c.setAccessible(true);
            return c.newInstance(this, new MockEnvironment());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
