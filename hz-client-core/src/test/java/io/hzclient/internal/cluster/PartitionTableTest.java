package io.hzclient.internal.cluster;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartitionTableTest {
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final Set<UUID> MEMBERS = Set.of(A, B);

    @Test
    void theFirstCountTakenStaysAndAnotherIsRefusedNamingBoth() {
        PartitionTable table = new PartitionTable();
        table.fixPartitionCount(271);
        table.fixPartitionCount(271);
        assertThatThrownBy(() -> table.fixPartitionCount(100))
                .isInstanceOf(RefusedAnnouncementException.class)
                .hasMessageContaining("announced partition count 100")
                .hasMessageContaining("the cluster has 271 partitions");
        assertThat(table.partitionCount()).isEqualTo(271);
    }

    @Test
    void aHugeCountIsRefusedBeforeAnythingIsSizedByIt() {
        PartitionTable table = new PartitionTable();
        assertThatThrownBy(() -> table.fixPartitionCount(Integer.MAX_VALUE))
                .isInstanceOf(RefusedAnnouncementException.class).hasMessageContaining("2147483647");
        assertThat(table.partitionCount()).as("still unknown").isZero();
        table.fixPartitionCount(271);
        assertThat(table.partitionCount()).isEqualTo(271);
    }

    @Test
    void aGoodViewSetsEveryOwner() {
        PartitionTable table = withCount(271);
        assertThat(table.apply(1, halves(), MEMBERS::contains)).isTrue();
        assertThat(table.owner(0)).isEqualTo(A);
        assertThat(table.owner(270)).isEqualTo(B);
        assertThat(table.owner(271)).isNull();
        assertThat(table.owner(-1)).isNull();
    }

    @Test
    void aBadViewIsRefusedAndTheLastGoodOneStays() {
        PartitionTable table = withCount(271);
        table.apply(1, halves(), MEMBERS::contains);
        Map<UUID, List<Integer>> outOfRange = Map.of(B, List.of(0, 5000));
        assertThatThrownBy(() -> table.apply(2, outOfRange, MEMBERS::contains))
                .isInstanceOf(RefusedAnnouncementException.class).hasMessageContaining("5000");
        assertThat(table.owner(0)).isEqualTo(A);
        // the refused view did not advance the version: the next good one with version 2 is taken
        assertThat(table.apply(2, Map.of(B, IntStream.range(0, 271).boxed().toList()), MEMBERS::contains)).isTrue();
        assertThat(table.owner(0)).isEqualTo(B);
    }

    @Test
    void aViewNamingAnOwnerOutsideTheMemberListIsNotAppliedButNotRefused() {
        PartitionTable table = withCount(271);
        table.apply(1, halves(), MEMBERS::contains);
        UUID stranger = UUID.randomUUID();
        assertThat(table.apply(2, Map.of(stranger, IntStream.range(0, 271).boxed().toList()), MEMBERS::contains))
                .isFalse();
        assertThat(table.owner(0)).isEqualTo(A);
        assertThat(table.apply(3, Map.of(B, IntStream.range(0, 271).boxed().toList()), MEMBERS::contains)).isTrue();
        assertThat(table.owner(0)).isEqualTo(B);
    }

    @Test
    void anOlderViewIsIgnoredUntilReset() {
        PartitionTable table = withCount(271);
        table.apply(5, halves(), MEMBERS::contains);
        Map<UUID, List<Integer>> allB = Map.of(B, IntStream.range(0, 271).boxed().toList());
        assertThat(table.apply(4, allB, MEMBERS::contains)).isFalse();
        assertThat(table.owner(0)).isEqualTo(A);
        table.reset();
        assertThat(table.apply(1, allB, MEMBERS::contains)).isTrue();
        assertThat(table.owner(0)).isEqualTo(B);
    }

    @Test
    void aViewBeforeTheCountIsKnownIsRefused() {
        assertThatThrownBy(() -> new PartitionTable().apply(1, halves(), MEMBERS::contains))
                .isInstanceOf(RefusedAnnouncementException.class).hasMessageContaining("outside [0, 0)");
    }

    private static PartitionTable withCount(int count) {
        PartitionTable table = new PartitionTable();
        table.fixPartitionCount(count);
        return table;
    }

    private static Map<UUID, List<Integer>> halves() {
        Map<UUID, List<Integer>> view = new LinkedHashMap<>();
        view.put(A, IntStream.range(0, 136).boxed().toList());
        view.put(B, IntStream.range(136, 271).boxed().toList());
        return view;
    }
}
