package dev.l2mac.eval.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JudgeAnswerTest {
    private static final FeatureChecklist THREE = new FeatureChecklist(List.of(
            new Feature(1, "Users can sign up."),
            new Feature(2, "Users can log in."),
            new Feature(3, "Admins can delete users.")));
    private static final String WELL_FORMED = "{\"features\": [{\"id\": 1, \"implemented\": true}, "
            + "{\"id\": 2, \"implemented\": false}, {\"id\": 3, \"implemented\": true}]}";

    @Test
    void scores_a_well_formed_answer() {
        JudgeVerdict verdict = JudgeAnswer.parse(WELL_FORMED, THREE);
        assertThat(verdict).isInstanceOf(JudgeVerdict.Scored.class);
        JudgeVerdict.Scored scored = (JudgeVerdict.Scored) verdict;
        assertThat(scored.implementedCount()).isEqualTo(2);
        assertThat(scored.share()).isEqualTo(2.0 / 3);
        assertThat(scored.implemented()).containsEntry(2, false);
    }

    @Test
    void accepts_the_object_as_the_only_content_of_a_fenced_block() {
        assertThat(JudgeAnswer.parse("```json\n" + WELL_FORMED + "\n```", THREE))
                .isInstanceOf(JudgeVerdict.Scored.class);
        assertThat(JudgeAnswer.parse("  \n```\n" + WELL_FORMED + "\n```\n", THREE))
                .isInstanceOf(JudgeVerdict.Scored.class);
    }

    @Test
    void refuses_prose_around_the_object() {
        assertMalformed("Here is my evaluation:\n" + WELL_FORMED, "not one JSON object");
        assertMalformed(WELL_FORMED + "\nAll in all, a good codebase.", "not one JSON object");
        assertMalformed("Sure!\n```json\n" + WELL_FORMED + "\n```", "not one JSON object");
    }

    @Test
    void refuses_a_count_instead_of_a_verdict_per_feature() {
        assertMalformed("Total Implemented Features: 2", "not one JSON object");
        assertMalformed("{\"implemented\": 2}", "exactly one field, 'features'");
    }

    @Test
    void refuses_a_missing_feature() {
        assertMalformed(
                "{\"features\": [{\"id\": 1, \"implemented\": true}, {\"id\": 3, \"implemented\": true}]}",
                "features 2 are not answered");
    }

    @Test
    void refuses_a_feature_listed_twice() {
        assertMalformed(
                "{\"features\": [{\"id\": 1, \"implemented\": true}, {\"id\": 1, \"implemented\": false}, "
                        + "{\"id\": 2, \"implemented\": true}, {\"id\": 3, \"implemented\": true}]}",
                "listed twice");
    }

    @Test
    void refuses_a_feature_not_on_the_checklist() {
        assertMalformed(
                WELL_FORMED.replace("]}", ", {\"id\": 4, \"implemented\": true}]}"),
                "feature 4 is not on the checklist");
    }

    @Test
    void refuses_anything_but_a_boolean_verdict() {
        assertMalformed(
                WELL_FORMED.replace("\"implemented\": false", "\"implemented\": \"no\""),
                "\"implemented\": true|false");
        assertMalformed(
                WELL_FORMED.replace("\"implemented\": false", "\"implemented\": 0"), "\"implemented\": true|false");
        assertMalformed(WELL_FORMED.replace("\"id\": 2", "\"id\": \"2\""), "\"id\": <integer>");
        assertMalformed(WELL_FORMED.replace("\"id\": 2,", "\"id\": 2, \"why\": \"no route\","), "each entry");
    }

    @Test
    void refuses_truncated_empty_and_duplicate_key_answers() {
        assertMalformed(WELL_FORMED.substring(0, WELL_FORMED.length() - 10), "not one JSON object");
        assertMalformed("", "empty");
        assertMalformed(null, "empty");
        assertMalformed("{\"features\": [], \"features\": []}", "not one JSON object");
        assertMalformed("[" + WELL_FORMED + "]", "not a JSON object");
    }

    @Test
    void keeps_the_malformed_answer_for_the_report() {
        JudgeVerdict verdict = JudgeAnswer.parse("I think 2 of 3.", THREE);
        assertThat(verdict)
                .isEqualTo(new JudgeVerdict.Malformed(((JudgeVerdict.Malformed) verdict).reason(), "I think 2 of 3."));
    }

    private static void assertMalformed(String answer, String reason) {
        JudgeVerdict verdict = JudgeAnswer.parse(answer, THREE);
        assertThat(verdict).as(String.valueOf(answer)).isInstanceOf(JudgeVerdict.Malformed.class);
        assertThat(((JudgeVerdict.Malformed) verdict).reason()).contains(reason);
    }
}
