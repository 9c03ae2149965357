package berlin.gemeinsam.ideas.idea;

import berlin.gemeinsam.ideas.idea.domain.SupportGivings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SupportGivingsTest {

    @Test
    void aSupportsFirstGivingIsKnownByItsIdAloneAndEveryLaterGivingAndWithdrawalByItsSequence() {
        assertThat(SupportGivings.givingId("s-1", "0000000000000000000.0000")).isEqualTo("s-1");
        assertThat(SupportGivings.givingId("s-1", null)).isEqualTo("s-1");
        assertThat(SupportGivings.givingId("s-1", "0000000000000000002.0000"))
                .isEqualTo("s-1@0000000000000000002.0000");
        assertThat(SupportGivings.withdrawalId("s-1", "0000000000000000001.0000"))
                .isEqualTo("s-1@0000000000000000001.0000")
                .isNotEqualTo(SupportGivings.withdrawalId("s-1", "0000000000000000003.0000"));
    }
}
