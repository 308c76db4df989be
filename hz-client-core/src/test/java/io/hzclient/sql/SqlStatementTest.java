package io.hzclient.sql;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlStatementTest {

    @Test
    void defaultsAreTheOfficialClients() {
        SqlStatement s = new SqlStatement("SELECT 1");
        assertThat(s.getCursorBufferSize()).isEqualTo(4096);
        assertThat(s.getTimeoutMillis()).isEqualTo(SqlStatement.TIMEOUT_DEFAULT);
        assertThat(s.getExpectedResultType()).isEqualTo(SqlExpectedResultType.ANY);
        assertThat(s.getSchema()).isNull();
        assertThat(s.getParameters()).isEmpty();
    }

    @Test
    void parametersKeepTheirOrderAndNulls() {
        SqlStatement s = new SqlStatement("SELECT ?, ?, ?").setParameters(1, null).addParameter("x");
        assertThat(s.getParameters()).isEqualTo(Arrays.asList(1, null, "x"));
        assertThatThrownBy(() -> s.getParameters().add(2)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void badSettingsAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> new SqlStatement(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> new SqlStatement(null)).isInstanceOf(NullPointerException.class);
        SqlStatement s = new SqlStatement("SELECT 1");
        assertThatThrownBy(() -> s.setCursorBufferSize(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
        assertThatThrownBy(() -> s.setTimeoutMillis(-2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-2");
        assertThatThrownBy(() -> s.setTimeout(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.setParameters((Object[]) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> s.setExpectedResultType(null)).isInstanceOf(NullPointerException.class);
        assertThat(s.setTimeout(Duration.ofMillis(1500)).getTimeoutMillis()).isEqualTo(1500);
    }
}
