package io.hzclient.internal.protocol.conformance;

import io.hzclient.config.SerializationConfig;
import io.hzclient.internal.cluster.PartitionService;
import io.hzclient.cp.CPGroupId;
import io.hzclient.internal.codec.ClientCodec;
import io.hzclient.internal.invocation.Call;
import io.hzclient.internal.listener.ListenerCodec;
import io.hzclient.internal.map.MapCodec;
import io.hzclient.internal.sql.SqlQueryId;
import io.hzclient.internal.protocol.ClientMessage;
import io.hzclient.internal.protocol.conformance.ConformanceChecker.Binding;
import io.hzclient.internal.protocol.conformance.ProtocolDefinitions.Event;
import io.hzclient.internal.protocol.conformance.ProtocolDefinitions.Method;
import io.hzclient.internal.serialization.Data;
import io.hzclient.internal.serialization.DefaultSerializationService;
import io.hzclient.internal.serialization.Schema;
import io.hzclient.internal.serialization.SchemaField;
import io.hzclient.internal.serialization.SerializationService;
import io.hzclient.map.EntryEventType;
import io.hzclient.query.IndexConfig;
import io.hzclient.query.IndexType;
import io.hzclient.serialization.FieldKind;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.hzclient.internal.protocol.conformance.ConformanceChecker.Binding.constant;
import static io.hzclient.internal.protocol.conformance.ConformanceChecker.Binding.derived;
import static io.hzclient.internal.protocol.conformance.ConformanceChecker.Binding.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every method of every {@code *Codec} class under io.hzclient.internal that returns a request is called with
 * distinct sample arguments, and what it built is checked against the protocol's YAML ({@link ConformanceChecker}):
 * message type, retryable flag, each field's type, order and value. Where the codec offers the answer's decoder
 * (by naming convention today: {@code fooResponse}, {@code decodeFoo}, {@code decodeFooResponse} beside
 * {@code foo}) it is run on a response laid out from the YAML; likewise event decoders named after the event.
 * A codec method that is neither checked nor skipped below with a reason fails the sweep.
 */
class ProtocolConformanceTest {
    private static final int PARTITION_COUNT = 271;

    /**
     * Fields whose Java name differs from the protocol's, or that the codec fills in itself. Renaming the Java
     * side is preferred where the protocol's name reads as well.
     */
    private static final Map<String, Map<String, Binding>> BINDINGS = Map.ofEntries(
            Map.entry("Client.authentication", Map.of(
                    "uuid", named("clientUuid"),
                    "serializationVersion", constant((byte) 1),
                    "routingMode", derived("smartRouting", smart -> (Boolean) smart ? 1 : 0),
                    "cpDirectToLeaderRouting", constant(false),
                    "clientHazelcastVersion", constant(ClientCodec.PROTOCOL_HAZELCAST_VERSION))),
            Map.entry("Client.authentication#response", Map.of("serverHazelcastVersion", named("serverVersion"))),
            Map.entry("Client.authenticationCustom", Map.of(
                    "uuid", named("clientUuid"),
                    "serializationVersion", constant((byte) 1),
                    "routingMode", derived("smartRouting", smart -> (Boolean) smart ? 1 : 0),
                    "cpDirectToLeaderRouting", constant(false),
                    "clientHazelcastVersion", constant(ClientCodec.PROTOCOL_HAZELCAST_VERSION))),
            Map.entry("Client.addClusterViewListener#MembersView", Map.of("memberInfos", named("members"))),
            Map.entry("MemberInfo", Map.of("version", derived("version", ProtocolConformanceTest::memberVersion))),
            Map.entry("FieldDescriptor", Map.of("fieldName", named("name"))),
            Map.entry("Map.fetchNearCacheInvalidationMetadata", Map.of(
                    "names", named("mapNames"), "uuid", named("memberUuid"))),
            Map.entry("Map.fetchNearCacheInvalidationMetadata#response", Map.of(
                    "namePartitionSequenceList", named("sequences"), "partitionUuidList", named("partitionUuids"))),
            Map.entry("Map.addNearCacheInvalidationListener", Map.of(
                    "name", named("mapName"), "listenerFlags", constant(EntryEventType.INVALIDATION.flag()))),
            Map.entry("Map.removeEntryListener", Map.of(
                    "name", named("mapName"), "registrationId", named("serverRegistrationId"))),
            Map.entry("Ringbuffer.addAll", Map.of("valueList", named("values"))),
            Map.entry("IndexConfig", Map.of("type", derived("type", t -> ((IndexType) t).id()),
                    "bitmapIndexOptions", named("bitmapOptions"), "bTreeIndexConfig", constant(struct("BTreeIndexConfig",
                            "pageSize", capacity(16, 1), "memoryTierConfig",
                            struct("MemoryTierConfig", "capacity", capacity(256, 2)))))),
            Map.entry("BitmapIndexOptions", Map.of("uniqueKeyTransformation",
                    derived("transformation", t -> ((IndexConfig.UniqueKeyTransformation) t).id()))),
            Map.entry("Topic.addMessageListener#Topic", Map.of("uuid", named("member"))));

    /** A struct value from its fields' names and values, in order. */
    private static WireType.Struct struct(String type, Object... namesAndValues) {
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new WireType.Struct(type, fields);
    }

    private static Data data(SampleValues s) {
        return Data.of(s.nextDataBytes());
    }

    private static WireType.Struct capacity(long value, int unit) {
        return struct("Capacity", "value", value, "unit", unit);
    }

    /** Codec methods not named as the protocol method they build, by class and method name. */
    private static final Map<String, String> PROTOCOL_NAMES = Map.of(
            "InvalidationMetadataCodec.fetch", "fetchNearCacheInvalidationMetadata");

    /** Codec methods the sweep does not call, by {@link #signature}, and why. */
    private static final Map<String, String> SKIPPED = Map.of(
            "TopicProxy$Codec.encodeAdd(boolean)",
            "an inner class of TopicProxy (needs a live proxy); it only calls TopicCodec.addMessageListener",
            "TopicProxy$Codec.encodeRemove(UUID)",
            "an inner class of TopicProxy (needs a live proxy); it only calls TopicCodec.removeMessageListener");

    /**
     * Call-building codec methods whose request is checked but whose operation's decoder is not held to every
     * response field, by {@link #signature}, and why.
     */
    private static final Map<String, String> RESPONSE_NOT_CHECKED = Map.of(
            "SqlCodec.execute(String,List,long,int,String,byte,SqlQueryId,boolean,UUID)",
            "the answer carries an SqlPage, which the YAML does not lay out (the members code it by hand): SqlCodecTest"
                    + " reads answers the member's own codec wrote",
            "SqlCodec.fetch(SqlQueryId,int,UUID)",
            "its answer is an SqlPage: see execute",
            "MapCodec.delete(String,Serialized,long)",
            "HzMap.delete returns nothing: its operation discards the answer's flag (Operation::nothing)",
            "MapCodec.putTransientWithMaxIdle(String,Serialized,Serialized,long,long,long)",
            "putTransient returns nothing: its operation discards the old value the answer carries",
            "MapCodec.setWithMaxIdle(String,Serialized,Serialized,long,long,long)",
            "set returns nothing: its operation discards the old value the answer carries",
            "MapCodec.getEntryView(String,Serialized,long)",
            "the answer has maxIdle twice, inside the SimpleEntryView and beside it (the member writes the same value"
                    + " to both); the decoder reads the view's, the checker compares the result's maxIdle() with the"
                    + " outer field");

    /**
     * Arguments of a Call-building codec method that route the call rather than fill the request (when no field of
     * the protocol has their name): the key whose partition the call goes to, the partition itself, or the member.
     */
    private static final Set<String> ROUTING_ARGUMENTS = Set.of("routingKey", "partitionId", "targetMember");

    // ---- what a codec method returns

    /** A request as the checks need it: the message, and where the codec says them, its decoder and name. */
    record Request(ClientMessage message, Function<ClientMessage, ?> decoder, String operationName, boolean isCall) {
    }

    /** Whether a codec method returning this type builds a request. With {@link #adapt}, the one place to change. */
    static boolean isRequest(Class<?> returnType) {
        return returnType == ClientMessage.class || returnType == Call.class;
    }

    /** A Call names its operation and brings its decoder; a bare message (connection-bound calls) brings neither. */
    static Request adapt(Object returned) {
        if (returned instanceof Call<?> call) {
            return new Request(call.request(), call.operation().decoder(), call.operationName(), true);
        }
        if (returned instanceof ClientMessage message) {
            return new Request(message, null, null, false);
        }
        throw new IllegalArgumentException("a codec method returned " + returned + ", which holds no request");
    }

    // ---- the sweep

    private final SerializationService serialization = new DefaultSerializationService(SerializationConfig.defaults());
    private final PartitionService partitions = new FixedPartitions();

    @Test
    void everyCodecMethodBuildsItsRequestAsTheProtocolSays() throws Exception {
        Path dir = ProtocolDefinitions.location();
        assumeTrue(ProtocolDefinitions.presentAt(dir), "no protocol definitions at " + dir.resolve(
                "protocol-definitions") + " (the shared/protocol folder beside the checkout; or set -D"
                + ProtocolDefinitions.DIR_PROPERTY + "=<folder>): conformance not checked");
        ProtocolDefinitions defs = ProtocolDefinitions.load(dir);
        ConformanceChecker checker = new ConformanceChecker(defs, serialization, BINDINGS);

        List<String> checked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, String> skipped = new TreeMap<>();
        Set<String> eventsWithoutDecoder = new TreeSet<>();
        for (Class<?> codec : codecClasses()) {
            Set<Method> methodsOfClass = new HashSet<>();
            for (java.lang.reflect.Method m : requestMethods(codec)) {
                String signature = signature(m);
                if (SKIPPED.containsKey(signature)) {
                    skipped.put(signature, SKIPPED.get(signature));
                    continue;
                }
                try {
                    Checked result = checkMethod(checker, defs, codec, m);
                    methodsOfClass.add(result.method());
                    checked.add(signature + " -> " + result.method() + (result.response() ? " and its response" : ""));
                } catch (AssertionError | RuntimeException | ReflectiveOperationException e) {
                    failures.add(signature + ": " + e.getMessage());
                }
            }
            for (Method method : methodsOfClass) {
                for (Event event : method.events()) {
                    java.lang.reflect.Method decoder = eventDecoder(codec, event);
                    if (decoder == null) {
                        eventsWithoutDecoder.add(method.service() + "." + method.name() + " event " + event.name());
                        continue;
                    }
                    try {
                        checker.checkEvent(method, event, message -> call(decoder, null, message), samples(defs));
                        checked.add(codec.getSimpleName() + "." + decoder.getName() + " -> event " + event.name());
                    } catch (AssertionError | RuntimeException e) {
                        failures.add(codec.getSimpleName() + "." + decoder.getName() + ": " + e.getMessage());
                    }
                }
            }
        }

        System.out.println("Protocol conformance, " + defs.methodCount() + " methods in " + dir + ":\n  checked "
                + checked.size() + ":\n    " + String.join("\n    ", checked) + "\n  skipped " + skipped.size()
                + ":\n    " + skipped.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n    "))
                + "\n  events of checked methods without a decoder here:\n    "
                + String.join("\n    ", eventsWithoutDecoder));
        assertThat(failures).as("codec methods that do not match the protocol").isEmpty();
        assertThat(skipped.keySet()).as("skip reasons for codec methods that no longer exist")
                .containsExactlyInAnyOrderElementsOf(SKIPPED.keySet());
        RESPONSE_NOT_CHECKED.keySet().forEach(signature -> assertThat(checked)
                .as("a response left unchecked for a codec method that no longer exists: " + signature)
                .anyMatch(line -> line.startsWith(signature + " -> ")));
        assertThat(checked).as("codec methods checked").hasSizeGreaterThan(60);
    }

    /** The YAML method a codec method's request is, and whether its response decoder was checked too. */
    private record Checked(Method method, boolean response) {
    }

    /** Calls one codec method, checks its request and, where there is one, its response decoder. */
    private Checked checkMethod(ConformanceChecker checker, ProtocolDefinitions defs, Class<?> codec,
                               java.lang.reflect.Method m) throws ReflectiveOperationException {
        SampleValues samples = samples(defs);
        Object target = null;
        Map<String, Object> state = new LinkedHashMap<>();
        if (!Modifier.isStatic(m.getModifiers())) {
            if (codec.isMemberClass() && !Modifier.isStatic(codec.getModifiers())) {
                throw new IllegalStateException("an inner class: construct it or skip it with a reason");
            }
            Constructor<?> constructor = codec.getDeclaredConstructors()[0];
            constructor.setAccessible(true);
            target = constructor.newInstance(arguments(constructor.getParameters(), samples, state));
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        m.setAccessible(true);
        Request request = adapt(call(m, target, arguments(m.getParameters(), samples, arguments)));
        try {
            if (request.isCall()) {
                routingArguments(defs, request.message(), arguments);
            }
            Method method = checker.checkRequest(request.message(), arguments, state);
            checkName(checker, method, m);
            if (request.operationName() != null) {
                checker.checkOperationName(method, request.operationName());
            }
            Function<ClientMessage, ?> decoder = RESPONSE_NOT_CHECKED.containsKey(signature(m)) ? null
                    : request.decoder();
            if (decoder == null && !request.isCall()) {
                java.lang.reflect.Method byName = responseDecoder(codec, m);
                Object owner = target;
                decoder = byName == null ? null : message -> call(byName, owner, message);
            }
            if (decoder != null) {
                checker.checkResponse(method, decoder, samples);
            }
            return new Checked(method, decoder != null);
        } finally {
            request.message().release(); // pooled requests go back to their pool
        }
    }

    /**
     * Takes the routing arguments out of those the request's fields are checked against; a partition must be the
     * request's (a Call to a partition sets it as it is built; one to a key's partition only as it is sent).
     */
    private static void routingArguments(ProtocolDefinitions defs, ClientMessage message, Map<String, Object> arguments) {
        Method method = defs.method(message.messageType());
        for (String name : ROUTING_ARGUMENTS) {
            if (!arguments.containsKey(name) || method == null
                    || method.request().stream().anyMatch(p -> p.name().equals(name))) {
                continue;
            }
            Object value = arguments.remove(name);
            if (name.equals("partitionId") && !value.equals(message.partitionId())) {
                throw new AssertionError("the call goes to partition " + message.partitionId() + ", not to the"
                        + " partitionId argument " + value);
            }
        }
    }

    /**
     * A codec method is named as the protocol method it builds; so is a listener codec's encodeAdd/encodeRemove,
     * after "add"/"remove", up to "Listener".
     */
    private static void checkName(ConformanceChecker checker, Method method, java.lang.reflect.Method m) {
        String codecMethod = m.getName();
        if (ListenerCodec.class.isAssignableFrom(m.getDeclaringClass()) && codecMethod.startsWith("encode")) {
            String verb = codecMethod.substring("encode".length()).toLowerCase(Locale.ROOT);
            if (!method.name().startsWith(verb) || !method.name().contains("Listener")) {
                throw new AssertionError(method + " is built by the listener codec's " + codecMethod
                        + ": a wrong message id?");
            }
            return;
        }
        String signature = signature(m);
        checker.checkCodecMethodName(method, PROTOCOL_NAMES.getOrDefault(signature.substring(0,
                signature.indexOf('(')), codecMethod));
    }

    /** Sample values for the parameters, recorded by name in {@code named}; services are real, not recorded. */
    private Object[] arguments(Parameter[] parameters, SampleValues samples, Map<String, Object> named) {
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Parameter p = parameters[i];
            if (!p.isNamePresent()) {
                throw new IllegalStateException("parameter names are missing: compile with -parameters");
            }
            if (p.getType() == SerializationService.class) {
                values[i] = serialization;
            } else if (p.getType() == PartitionService.class) {
                values[i] = partitions;
            } else {
                values[i] = samples.java(p.getParameterizedType());
                named.put(p.getName(), values[i]);
            }
        }
        return values;
    }

    private SampleValues samples(ProtocolDefinitions defs) {
        return SampleValues.forProtocol(serialization, defs)
                // a Compact schema: fields of two kinds, names in order (a Schema sorts its fields by name)
                .javaSample(Schema.class, s -> new Schema(s.nextString(), List.of(
                        new SchemaField(s.nextString(), FieldKind.INT32, -1, -1, -1),
                        new SchemaField(s.nextString(), FieldKind.STRING, -1, -1, -1))))
                // a paging query with every field set, and anchors of two pages
                .javaSample(MapCodec.PagingPredicateHolder.class, s -> new MapCodec.PagingPredicateHolder(
                        new MapCodec.AnchorDataListHolder(List.of(s.nextInt(), s.nextInt()), List.of(
                                Map.entry(data(s), data(s)), Map.entry(data(s), data(s)))),
                        data(s), data(s), s.nextInt(), s.nextInt(), (byte) 2, data(s), List.of(data(s), data(s))))
                // a CP group id: a name and two distinct longs
                .javaSample(CPGroupId.class, s -> new CPGroupId(s.nextString(), s.nextLong(), s.nextLong()))
                // a query id: four distinct longs
                .javaSample(SqlQueryId.class, s -> new SqlQueryId(s.nextLong(), s.nextLong(), s.nextLong(),
                        s.nextLong()))
                // a bitmap index: the one kind that carries every field
                .javaSample(IndexConfig.class, s -> IndexConfig.of(IndexType.BITMAP, s.nextString())
                        .named(s.nextString()).withBitmapOptions(new IndexConfig.BitmapOptions(s.nextString(),
                                IndexConfig.UniqueKeyTransformation.LONG)));
    }

    // ---- finding codec classes and their methods

    private static List<Class<?>> codecClasses() throws Exception {
        Path classes = Path.of(ClientMessage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path internal = classes.resolve("io/hzclient/internal");
        List<Class<?>> codecs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(internal)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Codec.class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name);
                if (!type.isInterface()) {
                    codecs.add(type);
                }
            }
        }
        assertThat(codecs).as("codec classes under " + internal).isNotEmpty();
        return codecs;
    }

    private static List<java.lang.reflect.Method> requestMethods(Class<?> codec) {
        return Arrays.stream(codec.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && !Modifier.isPrivate(m.getModifiers()) && isRequest(m.getReturnType()))
                .sorted((a, b) -> signature(a).compareTo(signature(b)))
                .toList();
    }

    /** {@code foo} -> fooResponse, decodeFoo or decodeFooResponse; {@code encodeFoo} likewise from foo. */
    private static java.lang.reflect.Method responseDecoder(Class<?> codec, java.lang.reflect.Method request) {
        String base = request.getName().startsWith("encode") ? request.getName().substring("encode".length())
                : request.getName();
        return decoderNamed(codec, base + "Response", "decode" + base, "decode" + base + "Response");
    }

    /** {@code decodeFoo}, {@code decodeFooEvent} or {@code fooEvent} for the event Foo. */
    private static java.lang.reflect.Method eventDecoder(Class<?> codec, Event event) {
        return decoderNamed(codec, "decode" + event.name(), "decode" + event.name() + "Event", event.name() + "Event");
    }

    private static java.lang.reflect.Method decoderNamed(Class<?> codec, String... names) {
        for (java.lang.reflect.Method m : codec.getDeclaredMethods()) {
            boolean takesMessage = m.getParameterCount() == 1 && m.getParameterTypes()[0] == ClientMessage.class;
            if (takesMessage && !m.isSynthetic()
                    && Arrays.stream(names).anyMatch(n -> n.equalsIgnoreCase(m.getName()))) {
                m.setAccessible(true);
                return m;
            }
        }
        return null;
    }

    private static Object call(java.lang.reflect.Method m, Object target, Object... arguments) {
        try {
            return m.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    static String signature(java.lang.reflect.Method m) {
        String codec = m.getDeclaringClass().getName();
        return codec.substring(codec.lastIndexOf('.') + 1) + "." + m.getName() + Arrays.stream(m.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")"));
    }

    /** Our Member's version is "major.minor.patch"; the protocol's MemberVersion is three bytes. */
    private static Object memberVersion(Object version) {
        String[] parts = ((String) version).split("\\.");
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
        fields.put("major", Byte.parseByte(parts[0]));
        fields.put("minor", Byte.parseByte(parts[1]));
        fields.put("patch", Byte.parseByte(parts[2]));
        return new WireType.Struct("MemberVersion", fields);
    }

    /** A partition table of a fixed size, for the codecs that route a key themselves. */
    private static final class FixedPartitions implements PartitionService {
        @Override
        public int partitionCount() {
            return PARTITION_COUNT;
        }

        @Override
        public int partitionId(Data key) {
            return partitionIdForHash(key.partitionHash());
        }

        @Override
        public UUID owner(int partitionId) {
            return null;
        }
    }
}
