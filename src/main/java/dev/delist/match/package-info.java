/**
 * Matching listings against list entries: normalised identifiers, developer ids and names, titles; explainable
 * reasons, a score and a tier per candidate, evaluated in {@code docs/matching.md}.
 */
package dev.delist.match;
