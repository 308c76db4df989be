package io.hzclient.internal.cp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CP names read as the members read them, and bad ones refused before any call. */
class CPNamesTest {

    @Test
    void aNameWithoutAGroupOrWithTheDefaultOneIsInTheDefaultGroup() {
        assertThat(CPNames.parse("counter")).isEqualTo(new CPNames("counter", "counter", "default"));
        assertThat(CPNames.parse(" counter @ Default ")).isEqualTo(new CPNames("counter", "counter", "default"));
        assertThat(CPNames.parse("counter@orders")).isEqualTo(new CPNames("counter@orders", "counter", "orders"));
    }

    @Test
    void badNamesAreRefusedSayingWhy() {
        assertThatThrownBy(() -> CPNames.parse(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CPNames.parse("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("object name");
        assertThatThrownBy(() -> CPNames.parse("@orders")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("object name");
        assertThatThrownBy(() -> CPNames.parse("counter@")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("group name");
        assertThatThrownBy(() -> CPNames.parse("a@b@c")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most once");
        assertThatThrownBy(() -> CPNames.parse("a@metadata")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("METADATA");
    }
}
