package io.hzclient.spring.boot.autoconfigure.endpoint;

import io.hzclient.spring.boot.autoconfigure.HzClientProperties;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import java.util.Locale;

/**
 * Masks the client's secrets in {@code /actuator/configprops} and {@code /actuator/env} even where their values are
 * shown ({@code management.endpoint.*.show-values: always}): since Spring Boot 3 the endpoints mask nothing by key
 * once values are shown, but apply every {@link SanitizingFunction} bean, and this is one.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class HzClientSanitizingAutoConfiguration {

    /**
     * Replaces the value of every {@code hz.client.*} key whose last part names a password, token, secret or
     * credentials ({@code hz.client.security.password}, {@code HZ_CLIENT_SECURITY_TOKEN} ...) with {@code ******}.
     *
     * @return the sanitizing function
     */
    @Bean
    public SanitizingFunction hzClientSanitizingFunction() {
        return data -> isSecret(data.getKey()) ? data.withSanitizedValue() : data;
    }

    /** Whether {@code key} (a property name, or an environment variable) is a secret of the client. */
    static boolean isSecret(String key) {
        if (key == null) {
            return false;
        }
        String k = key.toLowerCase(Locale.ROOT).replace('_', '.').replace('-', '.');
        if (!k.startsWith(HzClientProperties.PREFIX + ".")) {
            return false;
        }
        String last = k.substring(k.lastIndexOf('.') + 1);
        return last.contains("password") || last.contains("token") || last.contains("secret")
                || last.contains("credential");
    }
}
