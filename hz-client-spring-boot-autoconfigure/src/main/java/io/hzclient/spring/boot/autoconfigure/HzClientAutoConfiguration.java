package io.hzclient.spring.boot.autoconfigure;

import io.hzclient.HzClient;
import io.hzclient.MembershipListener;
import io.hzclient.config.ClientConfig;
import io.hzclient.serialization.CompactSerializer;
import io.hzclient.serialization.StreamSerializer;
import io.hzclient.sql.SqlService;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnThreading;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The {@link HzClient} bean, made from the {@code hz.client.*} properties, the connection details and the
 * {@link HzClientConfigCustomizer} beans; and the {@link SqlService}. The beans of {@code hz.client.beans.*},
 * {@code @HzMapRef} injection and the {@code @HzTopicListener} / {@code @HzQueueListener} methods are
 * {@code beans.HzClientBeansAutoConfiguration}'s.
 * <p>
 * The client shuts down gracefully as the context stops ({@link HzClientGracefulShutdown}): after the
 * {@code @HzQueueListener} consumers and the web server (which drains its requests with
 * {@code server.shutdown=graceful}), new calls are refused and calls in flight get up to
 * {@code spring.lifecycle.timeout-per-shutdown-phase} to end; the bean's destroy method then finds it shut down.
 * <p>
 * With {@code spring.threads.virtual.enabled=true} the client's async futures complete, its listener callbacks and
 * the {@code @HzQueueListener} consumers run on virtual threads ({@link HzClientVirtualThreads}).
 */
@AutoConfiguration(after = SslAutoConfiguration.class)
@ConditionalOnClass(HzClient.class)
@ConditionalOnBooleanProperty(name = HzClientAutoConfiguration.ENABLED, matchIfMissing = true)
@EnableConfigurationProperties(HzClientProperties.class)
public final class HzClientAutoConfiguration {
    /** The starter's master switch: false leaves out the client and every bean of the starter. */
    static final String ENABLED = HzClientProperties.PREFIX + ".enabled";

    @Bean
    @ConditionalOnMissingBean(HzClientConnectionDetails.class)
    HzClientConnectionDetails hzClientConnectionDetails(HzClientProperties properties,
                                                        ObjectProvider<SslBundles> sslBundles) {
        return new PropertiesHzClientConnectionDetails(properties, sslBundles.getIfAvailable());
    }

    /**
     * The client, unless the application defines one: its config from the properties, the connection details, the
     * serializer beans and the customizers (applied in {@code @Order}), started as {@code hz.client.startup.mode} says.
     * A {@link ClientConfig} bean of the application wins over all of these but the customizers: the client is built
     * from it, the customizers applied, and only {@code hz.client.startup.*} of the properties still counts.
     *
     * @param properties               the {@code hz.client.*} properties
     * @param clientConfig             the application's own config, if it defines one
     * @param connectionDetails        where the cluster is
     * @param customizers              changes to the client's config, applied last
     * @param serializationCustomizers changes to the serialization config
     * @param serializers              {@code StreamSerializer} beans, each for the class it serializes
     * @param compactSerializers       {@code CompactSerializer} beans
     * @param beanFactory              where classes named in the properties are looked up as beans
     * @return the started client; it shuts down when the context closes
     */
    @Bean(destroyMethod = "shutdown")
    @ConditionalOnMissingBean
    public HzClient hzClient(HzClientProperties properties, ObjectProvider<ClientConfig> clientConfig,
                             HzClientConnectionDetails connectionDetails,
                             ObjectProvider<HzClientConfigCustomizer> customizers,
                             ObjectProvider<HzSerializationCustomizer> serializationCustomizers,
                             ObjectProvider<StreamSerializer<?>> serializers,
                             ObjectProvider<CompactSerializer<?>> compactSerializers, ListableBeanFactory beanFactory) {
        ClientConfig own = clientConfig.getIfUnique();
        ClientConfig config;
        if (own != null) { // the application's ClientConfig bean wins (issue 23)
            ClientConfig.Builder b = own.toBuilder();
            customizers.orderedStream().forEach(c -> c.customize(b));
            config = b.build();
        } else {
            config = new ClientConfigFactory(properties, connectionDetails, beanFactory)
                    .builder(customizers.orderedStream().toList(), serializationCustomizers.orderedStream().toList(),
                            serializers.orderedStream().toList(), compactSerializers.orderedStream().toList())
                    .build();
        }
        return HzClientStarter.start(config, properties.getStartup().getMode(), properties.getStartup().getTimeout());
    }

    /**
     * The client's SQL service, so that an application can inject {@code SqlService}; it does not wait for the
     * client to connect.
     *
     * @param client the client
     * @return its SQL service
     */
    @Bean
    @ConditionalOnMissingBean
    public SqlService hzSqlService(HzClient client) {
        return client.getSql();
    }

    // threads (issue 23): virtual threads with spring.threads.virtual.enabled=true
    @Bean
    @ConditionalOnThreading(Threading.VIRTUAL)
    static HzClientConfigCustomizer hzClientVirtualThreads() {
        return new HzClientVirtualThreads();
    }

    // membership listeners in the configuration (issue 24): the application's MembershipListener beans hear of
    // every member from the first member list on, as those of ClientConfig.Builder.addMembershipListener do
    @Bean
    static HzClientConfigCustomizer hzClientMembershipListeners(ObjectProvider<MembershipListener> listeners) {
        return builder -> listeners.orderedStream().forEach(builder::addMembershipListener);
    }

    // graceful shutdown (issue 23): refuse new calls, let those in flight end within the shutdown phase's timeout
    @Bean
    HzClientGracefulShutdown hzClientGracefulShutdown(ObjectProvider<HzClient> client, Environment environment) {
        return new HzClientGracefulShutdown(client, environment);
    }
}
