/**
 * The settings a run is assembled from, as one immutable record ({@link dev.l2mac.settings.RunSettings}) with
 * sub-records for the limits, the checks and the run's policy, and enums for the closed sets (failure policy,
 * context savings). Every source of settings (configuration, flags, the library's builder, the evaluations)
 * produces these; none of them holds a null.
 */
package dev.l2mac.settings;
