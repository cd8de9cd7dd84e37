package dev.l2mac.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.llm.TokenCounter;
import dev.l2mac.memory.InMemoryFileStore;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LanguageDefinitionsTest {

    private static final TokenCounter COUNTER = TokenCounter.forModel("gpt-4");
    /** Too small for the filler paths, room for the four files named below. */
    private static final int BUDGET = 900;

    @Test
    void shows_the_definitions_of_each_language_with_their_lines_and_signatures() {
        InMemoryFileStore store = new InMemoryFileStore(1_000_000);
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < 300; i++) {
            files.put("filler/area%d/notes%d.txt".formatted(i % 7, i), "nothing\n");
        }
        files.put("shop/cart.py", """
                import math


                class Cart:
                    @property
                    def total(self):
                        return 0


                def checkout(cart):
                    return cart.total
                """);
        files.put("src/main/java/shop/Order.java", """
                package shop;

                public record Order(int id) {
                    @Override
                    public String toString() {
                        return "Order " + id;
                    }

                    interface Listener {
                        void placed(Order order);
                    }
                }
                """);
        files.put("web/basket.js", """
                export class Basket {
                  add(item) {
                    return item;
                  }
                }
                export const emptyBasket = () => new Basket();
                """);
        files.put("web/prices.ts", """
                interface Price {
                  amount: number;
                }
                export function priceOf(item: string): Price {
                  return { amount: item.length };
                }
                """);
        SyntheticSources.writeTo(store, files);

        String shown = new CodebaseMap(store, COUNTER)
                .render(
                        new MapFocus(
                                "Wire shop/cart.py, src/main/java/shop/Order.java, web/basket.js and web/prices.ts.",
                                "",
                                Set.of()),
                        BUDGET);

        assertThat(shown)
                .contains("shop/cart.py:\n  4: class Cart:\n  6:   def total(self):\n  10: def checkout(cart):\n")
                .contains("src/main/java/shop/Order.java:\n  3: public record Order(int id) {\n"
                        + "  5:   public String toString() {\n  9:   interface Listener {\n"
                        + "  10:     void placed(Order order);\n")
                .contains("web/basket.js:\n  1: export class Basket {\n  2:   add(item) {\n"
                        + "  6: export const emptyBasket = () => new Basket();\n")
                .contains(
                        "web/prices.ts:\n  1: interface Price {\n  4: export function priceOf(item: string): Price {\n");
        assertThat(COUNTER.count(shown)).isLessThanOrEqualTo(BUDGET);
    }
}
