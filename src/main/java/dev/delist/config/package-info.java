/**
 * delist's configuration ({@code DelistProperties}: every key, checked when it is bound), the YAML documents
 * list and job files are read from, the exception that turns bad input into one line and exit code 2, and a failure's root cause as one line.
 */
package dev.delist.config;
