/**
 * The composition root of the checks: {@link dev.l2mac.check.catalog.CheckerCatalog} names every language's
 * checkers, in the order their findings help most, so that no other package depends on all languages.
 */
package dev.l2mac.check.catalog;
