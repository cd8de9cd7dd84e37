/**
 * The generated project's packages, installed only by the explicit {@link dev.l2mac.deps.DependencyInstaller}
 * step (pip, npm or Maven, from the workspace's manifests), into the workspace's
 * {@link dev.l2mac.deps.DependencyCache}, never into an interpreter or the user's own caches.
 */
package dev.l2mac.deps;
