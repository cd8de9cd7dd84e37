package dev.l2mac.process.sandbox;

/**
 * Whether a sandboxed command may reach the network. Generated code never may; only the explicit
 * dependency-installation step ({@code DependencyInstaller}) runs its package managers with the network open.
 */
public enum Network {
    /** A network namespace of its own with only a loopback device. */
    ISOLATED,
    /** The machine's network, for downloading packages from their registries. */
    OPEN
}
