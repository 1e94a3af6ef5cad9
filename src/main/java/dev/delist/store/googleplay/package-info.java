/**
 * Google Play: details, developer and search pages fetched over {@code store.http}, classified (captcha,
 * consent, Play's own 404) and parsed from their embedded data without I/O; layout drift is a parse failure naming the field.
 */
package dev.delist.store.googleplay;
