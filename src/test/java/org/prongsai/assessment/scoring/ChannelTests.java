package org.prongsai.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelTests {

    @Test
    void eachToolHasItsChannelsAndTheOitNone() {
        assertThat(Channel.of("IIT")).containsExactly(Channel.IIT);
        assertThat(Channel.of("EIT")).containsExactly(Channel.EP, Channel.ES);
        assertThat(Channel.of("OIT")).isEmpty();
    }

    @Test
    void onlyAnExactNameIsAChannel() {
        assertThat(Channel.named("ES")).contains(Channel.ES);
        assertThat(Channel.named("es")).isEmpty();
        assertThat(Channel.named("EIT")).isEmpty();
        assertThat(Channel.named("")).isEmpty();
        assertThat(Channel.named(null)).isEmpty();
    }

    @Test
    void readsItsOwnAnswersFromTheInput() {
        var input = new ScoringInput(
                Map.of("i1", Answers.ofScore(80, 10L)),
                Map.of("e1", Answers.ofScore(70, 5L)),
                Map.of("e1", Answers.ofScore(60, 3L)),
                Map.of(),
                null,
                null);
        assertThat(Channel.IIT.answersIn(input)).containsOnlyKeys("i1");
        assertThat(Channel.EP.answersIn(input).get("e1").respondents()).isEqualTo(5L);
        assertThat(Channel.ES.answersIn(input).get("e1").respondents()).isEqualTo(3L);
    }
}
