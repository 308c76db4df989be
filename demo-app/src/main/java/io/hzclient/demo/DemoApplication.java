package io.hzclient.demo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cache.annotation.EnableCaching;

/**
 * The demo: a web application that reaches a Hazelcast cluster through the hz-client starter only. By default it
 * starts a member of its own first ({@link EmbeddedMemberConfiguration}); with
 * {@code demo.embedded-member.enabled=false} it connects to the cluster that {@code hz.client.*} names.
 */
@SpringBootApplication
@EnableCaching
public class DemoApplication {

    public static void main(String[] args) {
        SpringApplication.run(DemoApplication.class, args);
    }
}
