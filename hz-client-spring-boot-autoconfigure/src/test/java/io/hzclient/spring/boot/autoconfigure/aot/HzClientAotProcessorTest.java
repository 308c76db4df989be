package io.hzclient.spring.boot.autoconfigure.aot;

import io.hzclient.map.EntryEvent;
import io.hzclient.map.EntryListener;
import io.hzclient.map.HzMap;
import io.hzclient.queue.HzQueue;
import io.hzclient.spring.boot.HzMapRef;
import io.hzclient.spring.boot.HzQueueListener;
import io.hzclient.spring.boot.HzTopicListener;
import io.hzclient.spring.boot.autoconfigure.aot.json.Note;
import io.hzclient.spring.boot.autoconfigure.aot.legacy.Ledger;
import io.hzclient.topic.Message;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.ReflectionHintsPredicates;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.core.env.MapPropertySource;
import org.springframework.javapoet.ClassName;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's types, found in its bean definitions while Spring processes it ahead of time (the processor and
 * the registrar are found through {@code META-INF/spring/aot.factories}, as in a real build).
 */
class HzClientAotProcessorTest {
    private static final ReflectionHintsPredicates REFLECTION = RuntimeHintsPredicates.reflection();
    private static RuntimeHints hints;

    public enum Status { OPEN, PAID }

    public static class Base {
        private long createdAt;
    }

    /** A plain class, as zero-config Compact stores it: a no-argument constructor and fields. */
    public static class Line extends Base {
        private String sku;
        private int quantity;

        public Line() {
        }
    }

    public record Order(String id, List<Line> lines, Status status) {
    }

    public record Invoice(String id) {
    }

    public record Job(String id) {
    }

    public record Payment(String id) {
    }

    public record Refund(String id) {
    }

    public record Receipt(String id) {
    }

    public record Quote(String id) {
    }

    /** Stands for a serializer or factory the starter creates from its class name (it checks what it is then). */
    public static class NamedSerializer {
        public NamedSerializer() {
        }
    }

    public static class NamedFactory {
        public NamedFactory() {
        }
    }

    public static class NamedCompactSerializer {
        public NamedCompactSerializer() {
        }
    }

    public static class NamedGlobalSerializer {
        public NamedGlobalSerializer() {
        }
    }

    public record Legacy(String id) implements Serializable {
    }

    /** A type that the application never stores. */
    public record Unrelated(String id) {
    }

    public static class OrderService {
        public OrderService(HzMap<String, Order> orders) {
        }

        public Unrelated unrelated(List<Unrelated> all) {
            return null;
        }
    }

    public static class InvoiceService {
        @HzMapRef("invoices")
        HzMap<Long, Invoice> invoices;
    }

    public static class PaymentListeners {
        @HzTopicListener("payments")
        public void paid(Message<Payment> payment) {
        }

        @HzQueueListener("refunds")
        public void refund(Refund refund) {
        }
    }

    public static class QuoteService {
        @Cacheable("quotes")
        public Optional<Quote> quote(String id) {
            return Optional.empty();
        }
    }

    public static class OrderListener implements EntryListener<String, Order> {
        @Override
        public void entryAdded(EntryEvent<String, Order> event) {
        }
    }

    @Configuration(proxyBeanMethods = false)
    public static class Beans {
        @Bean
        public HzQueue<Job> jobs() {
            throw new IllegalStateException("never called while processing ahead of time");
        }

        @Bean
        public OrderService orderService() {
            return new OrderService(null);
        }

        @Bean
        public InvoiceService invoiceService() {
            return new InvoiceService();
        }

        @Bean
        public PaymentListeners paymentListeners() {
            return new PaymentListeners();
        }

        @Bean
        public QuoteService quoteService() {
            return new QuoteService();
        }

        @Bean
        public OrderListener orderListener() {
            return new OrderListener();
        }
    }

    @BeforeAll
    static void processAheadOfTime() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            String serialization = HzClientAotProcessor.SERIALIZATION;
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                    HzClientAotProcessor.JSON_CLASSES, Receipt.class.getName(),
                    HzClientAotProcessor.JSON_PACKAGES, Note.class.getPackageName(),
                    serialization + "serializers[" + Invoice.class.getName() + "]", NamedSerializer.class.getName(),
                    serialization + "data-serializable-factories.7", NamedFactory.class.getName(),
                    serialization + "compact-serializers", NamedCompactSerializer.class.getName(),
                    serialization + "global-serializer", NamedGlobalSerializer.class.getName(),
                    HzClientAotProcessor.JAVA_CLASSES, Legacy.class.getName(),
                    HzClientAotProcessor.JAVA_PACKAGES, Ledger.class.getPackageName())));
            context.register(Beans.class);
            DefaultGenerationContext generation = new DefaultGenerationContext(
                    new ClassNameGenerator(ClassName.get(HzClientAotProcessorTest.class)),
                    new InMemoryGeneratedFiles());
            new ApplicationContextAotGenerator().processAheadOfTime(context, generation);
            hints = generation.getRuntimeHints();
        }
    }

    @Test
    void theValueAndKeyTypesOfAMapInjectedThroughAConstructorAreRegisteredWithTheTypesOfTheirFields()
            throws Exception {
        assertThat(REFLECTION.onType(Order.class).withMemberCategories(StoredTypeHints.CATEGORIES)).accepts(hints);
        assertThat(REFLECTION.onConstructorInvocation(
                Order.class.getDeclaredConstructor(String.class, List.class, Status.class))).accepts(hints);
        assertThat(REFLECTION.onMethodInvocation(Order.class, "lines")).accepts(hints);
        assertThat(REFLECTION.onFieldAccess(Order.class, "id")).accepts(hints);

        assertThat(REFLECTION.onConstructorInvocation(Line.class.getDeclaredConstructor())).accepts(hints);
        assertThat(REFLECTION.onFieldAccess(Line.class, "sku")).accepts(hints);
        assertThat(REFLECTION.onFieldAccess(Base.class, "createdAt")).accepts(hints);
        assertThat(REFLECTION.onType(Status.class)).accepts(hints);
    }

    @Test
    void theTypesOfAnHzMapRefFieldAndOfABeanMethodsDataStructureAreRegistered() {
        assertThat(REFLECTION.onType(Invoice.class).withMemberCategories(StoredTypeHints.CATEGORIES)).accepts(hints);
        assertThat(REFLECTION.onType(Job.class).withMemberCategories(StoredTypeHints.CATEGORIES)).accepts(hints);
    }

    @Test
    void listenerMethodsAreRegisteredForInvocationAndTheirPayloadTypesAsStoredTypes() throws Exception {
        assertThat(REFLECTION.onMethodInvocation(PaymentListeners.class.getMethod("paid", Message.class)))
                .accepts(hints);
        assertThat(REFLECTION.onMethodInvocation(PaymentListeners.class.getMethod("refund", Refund.class)))
                .accepts(hints);
        assertThat(REFLECTION.onType(Payment.class).withMemberCategories(StoredTypeHints.CATEGORIES)).accepts(hints);
        assertThat(REFLECTION.onType(Refund.class).withMemberCategories(StoredTypeHints.CATEGORIES)).accepts(hints);
    }

    @Test
    void theValuesOfACacheableMethodAreRegistered() {
        assertThat(REFLECTION.onType(Quote.class).withMemberCategories(StoredTypeHints.CATEGORIES)).accepts(hints);
    }

    @Test
    void anEntryListenerBeanCanBeAskedWhichEventMethodsItOverrides() throws Exception {
        assertThat(REFLECTION.onType(OrderListener.class).withMemberCategory(MemberCategory.INVOKE_PUBLIC_METHODS))
                .accepts(hints);
        assertThat(REFLECTION.onMethodInvocation(OrderListener.class.getMethod("entryAdded", EntryEvent.class)))
                .accepts(hints);
        // the methods it does not override are its interface's, registered by the registrar of aot.factories
        assertThat(REFLECTION.onMethodInvocation(EntryListener.class.getMethod("entryRemoved", EntryEvent.class)))
                .accepts(hints);
        assertThat(REFLECTION.onType(TypeReference.of(HzClientRuntimeHints.JACKSON_3))).accepts(hints);
    }

    @Test
    void theJsonClassesAndTheClassesOfTheJsonPackagesAreRegistered() {
        assertThat(REFLECTION.onType(Receipt.class).withMemberCategories(StoredTypeHints.CATEGORIES)).accepts(hints);
        assertThat(REFLECTION.onType(Note.class).withMemberCategories(StoredTypeHints.CATEGORIES)).accepts(hints);
        assertThat(REFLECTION.onMethodInvocation(Note.class, "setText")).accepts(hints);
    }

    @Test
    void theSerializersAndFactoriesNamedInPropertiesCanBeCreated() throws Exception {
        for (Class<?> type : List.of(NamedSerializer.class, NamedFactory.class, NamedCompactSerializer.class,
                NamedGlobalSerializer.class)) {
            assertThat(REFLECTION.onConstructorInvocation(type.getDeclaredConstructor())).as(type.getName())
                    .accepts(hints);
        }
    }

    @Test
    void theClassesJavaSerializationIsAllowedForAreRegisteredForJavaSerialization() {
        assertThat(RuntimeHintsPredicates.serialization().onType(Legacy.class)).accepts(hints);
        assertThat(RuntimeHintsPredicates.serialization().onType(Ledger.class)).accepts(hints);
        assertThat(RuntimeHintsPredicates.serialization().onType(Receipt.class)).rejects(hints);
    }

    @Test
    void aTypeTheApplicationDoesNotStoreIsNotRegistered() {
        assertThat(REFLECTION.onType(Unrelated.class)).rejects(hints);
        assertThat(REFLECTION.onType(String.class).withMemberCategory(MemberCategory.ACCESS_DECLARED_FIELDS))
                .rejects(hints);
    }
}
