package io.hzclient.internal.codec;

import io.hzclient.Member;
import io.hzclient.config.MemberAddress;
import io.hzclient.internal.protocol.FixedSizes;
import io.hzclient.internal.protocol.MessageReader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Readers for the custom (struct) types the client service uses; each reads its fields after BEGIN. */
public final class CustomCodecs {
    /** The protocols of EndpointQualifier's type field, by id. */
    private static final List<String> PROTOCOLS = List.of("MEMBER", "CLIENT", "WAN", "REST", "MEMCACHE");

    private CustomCodecs() {
    }

    /** Address: fixed port@0 | host. */
    public static MemberAddress address(MessageReader r) {
        byte[] fixed = r.bytes();
        int port = FixedSizes.readInt(fixed, 0);
        String host = r.string();
        return new MemberAddress(host, port);
    }

    /** MemberVersion: major@0, minor@1, patch@2, all bytes. */
    public static String memberVersion(MessageReader r) {
        byte[] fixed = r.bytes();
        return fixed[0] + "." + fixed[1] + "." + fixed[2];
    }

    /** MemberInfo: uuid@0, liteMember@17 | address, attributes, version, addressMap (since protocol 2.0.1). */
    public static Member memberInfo(MessageReader r) {
        byte[] fixed = r.bytes();
        UUID uuid = FixedSizes.readUuid(fixed, 0);
        boolean lite = fixed.length > 17 && fixed[17] != 0;
        MemberAddress address = r.struct(CustomCodecs::address);
        Map<String, String> attributes = r.mapStringString();
        String version = r.struct(CustomCodecs::memberVersion);
        Map<String, MemberAddress> addressMap = new LinkedHashMap<>();
        if (r.hasNextField()) {
            r.list(x -> addressMap.put(x.struct(CustomCodecs::endpointQualifier), x.struct(CustomCodecs::address)));
        }
        return new Member(uuid, address, lite, attributes, version, addressMap);
    }

    /** EndpointQualifier: type@0 | identifier?; as the key of {@link Member#addressMap()}. */
    static String endpointQualifier(MessageReader r) {
        int type = FixedSizes.readInt(r.bytes(), 0);
        String identifier = r.nullableString();
        String protocol = type >= 0 && type < PROTOCOLS.size() ? PROTOCOLS.get(type) : "TYPE_" + type;
        return identifier == null ? protocol : protocol + ":" + identifier;
    }

    /** ErrorHolder: errorCode@0 | className, message?, stack trace (skipped: the member's stack is not ours). */
    public static ErrorHolder errorHolder(MessageReader r) {
        byte[] fixed = r.bytes();
        int code = FixedSizes.readInt(fixed, 0);
        String className = r.string();
        String message = r.nullableString();
        return new ErrorHolder(code, className, message);
    }

    /** One error of an error response; the first is the one thrown, the others its causes. */
    public record ErrorHolder(int errorCode, String className, String message) {
    }
}
