package dev.l2mac.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void renders_every_placeholder_with_its_value() {
        Template template = Template.parse("greeting", "Hello {{name}}, step {{step_number}} of {{name}}'s plan.");

        assertThat(template.placeholders()).containsExactly("name", "step_number");
        assertThat(template.render(Map.of("name", "Ada", "step_number", "2")))
                .isEqualTo("Hello Ada, step 2 of Ada's plan.");
    }

    @Test
    void inserts_values_verbatim_without_expanding_placeholders_inside_them() {
        Template template = Template.parse("t", "[{{task}}]");

        assertThat(template.render(Map.of("task", "write {{code}} and $1 \\n")))
                .isEqualTo("[write {{code}} and $1 \\n]");
    }

    @Test
    void refuses_to_render_when_a_placeholder_has_no_value() {
        Template template = Template.parse("instruction", "{{task}} / {{handover}}");

        assertThatThrownBy(() -> template.render(Map.of("task", "x")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("'instruction'")
                .hasMessageContaining("{{handover}}");
    }

    @Test
    void refuses_a_null_value() {
        Map<String, String> values = new HashMap<>();
        values.put("task", null);

        assertThatThrownBy(() -> Template.parse("t", "{{task}}").render(values))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("{{task}}");
    }

    @Test
    void refuses_to_render_when_given_a_key_it_does_not_use() {
        Template template = Template.parse("system", "You are a sub-agent.");

        assertThatThrownBy(() -> template.render(Map.of("task", "x")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("'system'")
                .hasMessageContaining("'task'")
                .hasMessageContaining("no placeholders");
    }

    @Test
    void renders_four_braces_as_two_literal_braces() {
        Template template = Template.parse("t", "Jinja uses {{{{ name }}, we use {{name}}.");

        assertThat(template.placeholders()).containsExactly("name");
        assertThat(template.render(Map.of("name", "x"))).isEqualTo("Jinja uses {{ name }}, we use x.");
    }

    @Test
    void leaves_single_braces_and_closing_pairs_alone() {
        String json = "{\"a\": {\"b\": 1}} and }}";

        assertThat(Template.parse("t", json).render(Map.of())).isEqualTo(json);
    }

    @Test
    void rejects_malformed_placeholder_naming_template_and_line() {
        assertThatThrownBy(() -> Template.parse("checks_failed", "first line\nsee {{ Findings }} here"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("'checks_failed'")
                .hasMessageContaining("line 2")
                .hasMessageContaining("{{ Findings }}");
    }

    @Test
    void rejects_unclosed_placeholder_at_end_of_text() {
        assertThatThrownBy(() -> Template.parse("t", "ends with {{task"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("{{task");
    }
}
