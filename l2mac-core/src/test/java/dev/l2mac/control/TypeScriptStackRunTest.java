package dev.l2mac.control;

import static dev.l2mac.control.ScriptedCalls.complete;
import static dev.l2mac.control.ScriptedCalls.plan;
import static dev.l2mac.control.ScriptedCalls.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.l2mac.check.java.JUnitLauncherJar;
import dev.l2mac.check.node.TypeScriptToolchain;
import dev.l2mac.llm.ScriptedLlm;
import dev.l2mac.run.CheckOutcome;
import dev.l2mac.settings.CheckSettings;
import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole run of a task that names TypeScript, with a scripted model and the machine's checks on: no request speaks
 * of Python, a type error {@code tsc} finds goes back to the model and is corrected, and the package it ends with
 * compiles with {@code tsc} and passes its {@code node:test} tests on its own.
 */
class TypeScriptStackRunTest {

    private static final String TASK =
            "Write a TypeScript library for Node.js with a shopping cart's total and a" + " discount on it.";
    private static final String PACKAGE_JSON = """
            {
              "name": "cart",
              "version": "1.0.0",
              "private": true,
              "scripts": {"build": "tsc", "test": "tsc && node --test dist/"},
              "devDependencies": {"@types/node": "^20.19.9", "typescript": "^5.6.3"}
            }
            """;
    private static final String TSCONFIG = """
            {
              "compilerOptions": {
                "target": "es2022",
                "module": "commonjs",
                "strict": true,
                "esModuleInterop": true,
                "skipLibCheck": true,
                "types": ["node"],
                "rootDir": "src",
                "outDir": "dist"
              },
              "include": ["src"]
            }
            """;
    private static final String CART = """
            export interface Item {
              name: string;
              price: number;
              quantity: number;
            }

            export function total(items: Item[]): number {
              return items.reduce((sum, item) => sum + item.price * item.quantity, 0);
            }
            """;
    private static final String CART_TEST = """
            import { test } from 'node:test';
            import assert from 'node:assert';
            import { total } from './cart';

            test('totals prices times quantities', () => {
              const items = [{ name: 'tea', price: 3, quantity: 2 }, { name: 'jam', price: 4, quantity: 1 }];
              assert.strictEqual(total(items), 10);
            });

            test('an empty cart totals zero', () => {
              assert.strictEqual(total([]), 0);
            });
            """;
    /** {@code %s} declares the rate: as a string, a type error that Node's arithmetic would hide at run time. */
    private static final String DISCOUNT = """
            export function discounted(price: number, percent: number): number {
              %s
              return price * (1 - rate);
            }
            """;

    private static final String RATE_AS_TEXT = "const rate: number = `${percent / 100}`;";
    private static final String RATE = "const rate = percent / 100;";
    private static final String DISCOUNT_TEST = """
            import { test } from 'node:test';
            import assert from 'node:assert';
            import { discounted } from './discount';

            test('takes the percentage off', () => {
              assert.strictEqual(discounted(200, 25), 150);
            });
            """;

    @TempDir
    Path workspace;

    @TempDir
    Path elsewhere;

    @Test
    void a_checked_typescript_package_is_corrected_and_then_compiles_and_passes_its_tests_on_its_own()
            throws Exception {
        TypeScriptToolchain.Resolution.Found toolchain = toolchain();
        List<String> feedback = new ArrayList<>();
        ScriptedLlm model = new ScriptedLlm("gpt-4")
                .thenCalls(plan(List.of(
                        "Write package.json, a strict tsconfig.json and src/cart.ts with total(), tested in"
                                + " src/cart.test.ts.",
                        "Add src/discount.ts with discounted(), tested in src/discount.test.ts.")))
                .thenCalls(write(Map.of(
                        "package.json", PACKAGE_JSON,
                        "tsconfig.json", TSCONFIG,
                        "src/cart.ts", CART,
                        "src/cart.test.ts", CART_TEST)))
                .thenCalls(complete())
                .thenText("Wrote the package with total() and its tests.")
                .thenCalls(write(Map.of(
                        "src/discount.ts", DISCOUNT.formatted(RATE_AS_TEXT), "src/discount.test.ts", DISCOUNT_TEST)))
                .thenCalls(complete())
                .thenAnswer(StackRun.noting(feedback::add, write(Map.of("src/discount.ts", DISCOUNT.formatted(RATE)))))
                .thenCalls(complete())
                .thenText("Added discounted() and its test.");

        StackRun run = StackRun.of(model, TASK, workspace, CheckSettings.DEFAULTS);

        assertThat(run.result().completed()).as(run.result().reason()).isTrue();
        assertThat(run.result().instructionsCompleted()).isEqualTo(2);
        assertThat(model.remainingSteps()).isZero();
        assertThat(run.pythonMentions()).isEmpty();
        assertThat(StackRun.text(run.requests().get(1))).contains("*.test.ts", "node:test", "tsconfig.json");
        assertThat(feedback)
                .singleElement()
                .asString()
                .contains(
                        "tsc: failed",
                        "src/discount.ts:2",
                        "TS2322: Type 'string' is not assignable to type 'number'.");
        assertThat(run.outcomes("tsc")).containsExactly(CheckOutcome.PASSED, CheckOutcome.FAILED, CheckOutcome.PASSED);
        assertThat(run.outcomes("typescript-test")).containsOnly(CheckOutcome.PASSED);
        assertThat(workspace.resolve("src/discount.ts")).content().contains(RATE);

        StandaloneBuild project = StandaloneBuild.copyOf(workspace, elsewhere);
        StandaloneBuild.Result build = project.run(
                Map.of(),
                List.of(
                        "node",
                        toolchain.tsc().toString(),
                        "--project",
                        "tsconfig.json",
                        "--typeRoots",
                        toolchain.typeRoots().toString()));
        assertThat(build.exitCode()).as(build.output()).isZero();
        List<String> command = new ArrayList<>(List.of("node", "--test", "--test-reporter=tap"));
        command.addAll(compiledTests(project.project().resolve("dist")));
        StandaloneBuild.Result test = project.run(Map.of(), command);

        assertThat(test.exitCode()).as(test.output()).isZero();
        assertThat(test.output()).contains("# tests 3", "# pass 3", "# fail 0");
    }

    /** Node, and the TypeScript toolchain the machine's checks use, which the run's checks have unpacked anyway. */
    private static TypeScriptToolchain.Resolution.Found toolchain() {
        Requirements.require(Tool.NODE);
        TypeScriptToolchain.Resolution resolution = TypeScriptToolchain.standard(
                        JUnitLauncherJar.defaultCacheDirectory())
                .resolve();
        Requirements.require(
                resolution instanceof TypeScriptToolchain.Resolution.Found,
                () -> "the TypeScript toolchain: " + ((TypeScriptToolchain.Resolution.Missing) resolution).reason());
        return (TypeScriptToolchain.Resolution.Found) resolution;
    }

    /** The compiled test files, named for Node, which takes a folder differently from one version to the next. */
    private static List<String> compiledTests(Path dist) throws Exception {
        try (Stream<Path> files = Files.walk(dist)) {
            return files.map(Path::toString)
                    .filter(file -> file.endsWith(".test.js"))
                    .sorted()
                    .toList();
        }
    }
}
