package dev.l2mac.config;

/** One typed setting and where it came from (a file, an environment variable, the command line, the defaults). */
record ConfigValue(Object value, String origin) {}
