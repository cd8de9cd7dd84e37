/**
 * The JavaScript and TypeScript checkers behind {@link dev.l2mac.check.node.NodeChecks}: {@code node --test} or
 * {@code npm test}, and {@code tsc} type errors through a pinned toolchain.
 */
package dev.l2mac.check.node;
