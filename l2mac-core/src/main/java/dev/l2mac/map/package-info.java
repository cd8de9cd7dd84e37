/**
 * What the model is shown of the workspace's files when their paths are too many to list: a map ranking the files
 * by how much the instruction at hand needs them (personalised PageRank over who uses whose definitions), the top
 * ones with their definitions, the rest counted by folder, within a token budget. Tags (definitions from
 * tree-sitter, the words a file uses) are kept per file and refreshed only where a file's content changed; file
 * contents are never kept.
 */
package dev.l2mac.map;
