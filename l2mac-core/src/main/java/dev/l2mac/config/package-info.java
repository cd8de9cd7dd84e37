/**
 * Settings as immutable, validated records and the one place that loads them: defaults, then the user file
 * {@code ~/.l2mac/config.yaml}, then the project file {@code l2mac.yaml}, then {@code L2MAC_*} environment
 * variables, then command-line flags. Every error names the key and where its value came from, so a broken
 * configuration is fixed in one edit.
 */
package dev.l2mac.config;
