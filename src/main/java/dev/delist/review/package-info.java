/**
 * Reviewers' decisions: dispositions imported from CSV, keyed on the evidence hash, which suppress a dismissed
 * match until the listing's matched fields change or a stronger reason appears.
 */
package dev.delist.review;
