package dev.delist.list;

/**
 * A bundle or package prefix the list's authors curated as belonging to the entry: explicit only, never
 * derived from an identifier, so one listed app does not flag its publisher's unrelated apps.
 */
public record Namespace(String prefix, Confidence confidence, String source) {

}
