package io.hzclient.spring.boot.autoconfigure.it;

import io.hzclient.HzClient;
import io.hzclient.map.HzMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;
import java.util.Map;

/** The application of {@link HzClientWithoutActuatorIT}, run in a JVM of its own: args are cluster name, member. */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableAutoConfiguration // as an application has it: the auto-configurations by name, from the imports file
public class NoActuatorApp {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(NoActuatorApp.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("hz.client.cluster-name", args[0], "hz.client.cluster-members", args[1],
                "hz.client.beans.maps", "orders", "hz.client.startup.timeout", "60s", "spring.main.banner-mode", "off"));
        try (ConfigurableApplicationContext context = app.run()) {
            System.out.println("connected=" + context.getBean(HzClient.class).isConnected());
            @SuppressWarnings("unchecked")
            HzMap<String, String> orders = context.getBean("orders", HzMap.class);
            orders.put("k", "v");
            System.out.println("map=" + orders.get("k"));
            var cache = context.getBean(CacheManager.class).getCache("books");
            cache.get("b", () -> "computed once");
            System.out.println("cache=" + cache.get("b", () -> "computed twice"));
            System.out.println("micrometer=" + present("io.micrometer.core.instrument.MeterRegistry"));
            System.out.println("health=" + present("org.springframework.boot.health.contributor.HealthIndicator"));
            System.out.println("metricsBean=" + Arrays.stream(context.getBeanDefinitionNames())
                    .anyMatch(n -> n.equals("hzClientMetrics")));
            System.out.println("healthBean=" + context.containsBean("hzClientHealthIndicator"));
        }
        System.exit(0);
    }

    private static String present(String className) {
        try {
            Class.forName(className);
            return "present";
        } catch (ClassNotFoundException e) {
            return "absent";
        }
    }
}
