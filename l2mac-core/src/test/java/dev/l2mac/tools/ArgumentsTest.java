package dev.l2mac.tools;

import static dev.l2mac.tools.Calls.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private static Arguments of(String text) {
        return new Arguments("some_tool", json(text));
    }

    @Test
    void reads_present_values() throws ArgumentException {
        assertThat(of("{\"f\": [\"a\", \"b\"]}").strings("f", "{}")).containsExactly("a", "b");
        assertThat(of("{\"s\": \"x\"}").string("s", "{}")).isEqualTo("x");
        assertThat(of("{\"s\": \"x\"}").optionalString("s", "{}")).contains("x");
    }

    @Test
    void treats_absent_or_null_optional_values_as_absent() throws ArgumentException {
        assertThat(of("{}").optionalStrings("f", "{}")).isEmpty();
        assertThat(of("{\"f\": null}").optionalStrings("f", "{}")).isEmpty();
        assertThat(of("{\"s\": null}").optionalString("s", "{}")).isEmpty();
    }

    @Test
    void names_the_tool_the_argument_what_was_given_and_an_example() {
        assertThatThrownBy(() -> of("{\"f\": {\"a\": 1}}").strings("f", "{\"f\": [\"a\"]}"))
                .hasMessage("some_tool argument 'f' must be a list of strings, but an object was given; for example"
                        + " {\"f\": [\"a\"]}.");
        assertThatThrownBy(() -> of("{\"s\": true}").string("s", "{\"s\": \"a\"}"))
                .hasMessage("some_tool argument 's' must be a string, but true or false was given; for example"
                        + " {\"s\": \"a\"}.");
        assertThatThrownBy(() -> of("{\"s\": null}").string("s", "{\"s\": \"a\"}"))
                .hasMessage("some_tool needs the argument 's' (a string), for example {\"s\": \"a\"}.");
    }
}
