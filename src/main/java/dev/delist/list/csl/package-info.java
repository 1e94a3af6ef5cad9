/**
 * Importing the US Consolidated Screening List (CSV) into a delist list file.
 */
package dev.delist.list.csl;
