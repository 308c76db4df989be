package io.hzclient.internal.cluster;

import io.hzclient.Member;
import io.hzclient.config.MemberAddress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnouncementRulesTest {
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();

    @Test
    void aPartitionCountFromOneToTheBoundIsTaken() {
        assertThatCode(() -> AnnouncementRules.checkPartitionCount(1)).doesNotThrowAnyException();
        assertThatCode(() -> AnnouncementRules.checkPartitionCount(271)).doesNotThrowAnyException();
        assertThatCode(() -> AnnouncementRules.checkPartitionCount(65_536)).doesNotThrowAnyException();
    }

    @Test
    void aPartitionCountOutsideOneToTheBoundIsRefusedWithTheCountNamed() {
        for (int count : new int[] {0, -1, 65_537, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertThatThrownBy(() -> AnnouncementRules.checkPartitionCount(count))
                    .isInstanceOf(RefusedAnnouncementException.class)
                    .hasMessage("its authentication announced partition count " + count + ", outside 1..65536");
        }
    }

    @Test
    void aMemberListWithDistinctUuidsIsTaken() {
        assertThatCode(() -> AnnouncementRules.checkMembers(List.of(member(A, 5701), member(B, 5702))))
                .doesNotThrowAnyException();
    }

    @Test
    void anEmptyMemberListIsRefused() {
        assertThatThrownBy(() -> AnnouncementRules.checkMembers(List.of()))
                .isInstanceOf(RefusedAnnouncementException.class).hasMessage("lists no member");
    }

    @Test
    void aMemberListWithAUuidTwiceIsRefusedNamingIt() {
        assertThatThrownBy(() -> AnnouncementRules.checkMembers(List.of(member(A, 5701), member(B, 5702),
                member(A, 5703))))
                .isInstanceOf(RefusedAnnouncementException.class).hasMessage("lists member UUID " + A + " twice");
    }

    @Test
    void aMemberWithoutUuidIsRefusedNamingItsAddress() {
        assertThatThrownBy(() -> AnnouncementRules.checkMembers(List.of(member(A, 5701), member(null, 5702))))
                .isInstanceOf(RefusedAnnouncementException.class)
                .hasMessage("lists member 127.0.0.1:5702 without a UUID");
    }

    @Test
    void aMemberWithoutAddressIsRefused() {
        Member noAddress = new Member(A, null, false, Map.of(), "5.7.0");
        assertThatThrownBy(() -> AnnouncementRules.checkMembers(List.of(noAddress)))
                .isInstanceOf(RefusedAnnouncementException.class).hasMessage("lists member " + A + " without an address");
    }

    @Test
    void aMemberAddressCannotBeBuiltWithAnEmptyHostOrAPortOutOfRange() {
        // the decoder builds every member address, so a member list never holds such a one
        assertThatThrownBy(() -> new MemberAddress("", 5701)).hasMessageContaining("needs a host");
        assertThatThrownBy(() -> new MemberAddress("127.0.0.1", 0)).hasMessageContaining("out of 1..65535");
        assertThatThrownBy(() -> new MemberAddress("127.0.0.1", 65_536)).hasMessageContaining("out of 1..65535");
    }

    @Test
    void aPartitionTableWithEveryIdOnceIsTaken() {
        Map<UUID, List<Integer>> table = new LinkedHashMap<>();
        table.put(A, IntStream.range(0, 136).boxed().toList());
        table.put(B, IntStream.range(136, 271).boxed().toList());
        assertThatCode(() -> AnnouncementRules.checkPartitions(table, 271)).doesNotThrowAnyException();
    }

    @Test
    void aPartitionTableThatLeavesIdsUnownedIsTaken() {
        // the member sends none while a partition has no owner, but a partial table breaks nothing: those go anywhere
        assertThatCode(() -> AnnouncementRules.checkPartitions(Map.of(A, List.of(0, 5)), 271))
                .doesNotThrowAnyException();
    }

    @Test
    void aPartitionIdOutsideTheCountIsRefusedNamingIt() {
        assertThatThrownBy(() -> AnnouncementRules.checkPartitions(Map.of(A, List.of(0, 1, 271)), 271))
                .isInstanceOf(RefusedAnnouncementException.class)
                .hasMessage("gives partition id 271 to " + A + ", outside [0, 271)");
        assertThatThrownBy(() -> AnnouncementRules.checkPartitions(Map.of(A, List.of(-1)), 271))
                .isInstanceOf(RefusedAnnouncementException.class)
                .hasMessage("gives partition id -1 to " + A + ", outside [0, 271)");
    }

    @Test
    void aPartitionOwnedTwiceIsRefusedNamingIt() {
        Map<UUID, List<Integer>> table = new LinkedHashMap<>();
        table.put(A, List.of(0, 1, 2));
        table.put(B, List.of(3, 2));
        assertThatThrownBy(() -> AnnouncementRules.checkPartitions(table, 271))
                .isInstanceOf(RefusedAnnouncementException.class)
                .hasMessage("gives partition 2 an owner twice (the second time " + B + ")");
        assertThatThrownBy(() -> AnnouncementRules.checkPartitions(Map.of(A, List.of(7, 7)), 271))
                .isInstanceOf(RefusedAnnouncementException.class)
                .hasMessage("gives partition 7 an owner twice (the second time " + A + ")");
    }

    @Test
    void partitionsOfAnOwnerWithoutUuidAreRefused() {
        Map<UUID, List<Integer>> table = new LinkedHashMap<>();
        table.put(null, new ArrayList<>(IntStream.range(0, 12).boxed().toList()));
        assertThatThrownBy(() -> AnnouncementRules.checkPartitions(table, 271))
                .isInstanceOf(RefusedAnnouncementException.class)
                .hasMessage("gives partitions [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] and 2 more to an owner without a UUID");
    }

    static Member member(UUID uuid, int port) {
        return new Member(uuid, new MemberAddress("127.0.0.1", port), false, Map.of(), "5.7.0");
    }
}
