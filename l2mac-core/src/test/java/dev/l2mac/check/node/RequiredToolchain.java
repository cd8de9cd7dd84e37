package dev.l2mac.check.node;

import dev.l2mac.testing.Requirements;
import dev.l2mac.testing.Tool;
import java.nio.file.Path;

/** The TypeScript toolchain a test needs, resolved offline into {@code cache}: a test without it fails in CI. */
final class RequiredToolchain {

    private RequiredToolchain() {}

    static TypeScriptToolchain in(Path cache) {
        Requirements.require(Tool.NODE);
        TypeScriptToolchain toolchain = TypeScriptToolchain.offline(cache);
        TypeScriptToolchain.Resolution resolution = toolchain.resolve();
        Requirements.require(
                resolution instanceof TypeScriptToolchain.Resolution.Found,
                () -> "the TypeScript toolchain offline: "
                        + ((TypeScriptToolchain.Resolution.Missing) resolution).reason());
        return toolchain;
    }
}
