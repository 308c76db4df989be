package io.hzclient.spring.boot;

import org.springframework.beans.factory.annotation.Autowired;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the distributed map of that name, whether or not it is declared under {@code hz.client.beans.maps}:
 * <pre>{@code
 * @HzMapRef("customers") HzMap<String, Customer> customers;               // a field
 * OrderService(@HzMapRef("orders") HzMap<Long, Order> orders) { ... }    // a constructor or method parameter
 * }</pre>
 * The map comes from the context's {@code HzClient}. While the client is not connected yet (lazy startup) the map is
 * a stand-in that looks the map up on its first call.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Autowired
public @interface HzMapRef {

    /**
     * The map's name on the cluster.
     *
     * @return the name of the map to inject
     */
    String value();
}
