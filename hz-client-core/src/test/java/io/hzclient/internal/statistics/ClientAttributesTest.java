package io.hzclient.internal.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAttributesTest {

    @Test
    void theFormatsSpecialCharactersAreEscapedWithABackslash() {
        assertThat(ClientAttributes.escape("a.b,c=d\\e")).isEqualTo("a\\.b\\,c\\=d\\\\e");
        assertThat(ClientAttributes.escape("plain")).isEqualTo("plain");
    }

    @Test
    void pairsAreJoinedByCommasAndNullValuesLeftOut() {
        String text = new ClientAttributes().add("a", 1).add("b", null).addEscaped("name", "x,y").add("c", true)
                .toString();
        assertThat(text).isEqualTo("a=1,name=x\\,y,c=true");
    }

    @Test
    void theMembersOwnParserSplitsAndUnescapesWhatWasWritten() {
        String text = new ClientAttributes().addEscaped("clientName", "my.client,1").add("k", 2).toString();
        var pairs = com.hazelcast.client.impl.statistics.ClientStatisticsService.split(text);
        assertThat(pairs).hasSize(2);
        assertThat(com.hazelcast.client.impl.statistics.ClientStatisticsService.unescapeSpecialCharacters(
                pairs.get(0))).isEqualTo("clientName=my.client,1");
    }
}
