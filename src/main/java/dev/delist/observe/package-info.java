/**
 * What an operator sees of a run besides its output: the run id on every log line, the progress line on a
 * terminal, delist's warnings as one stderr line each, and metrics pushed to a Pushgateway.
 */
package dev.delist.observe;
