/**
 * The command line: picocli commands, {@code --key=value} configuration handed to Spring, one stderr line and an
 * exit code per failure ({@code Failures}), and the run's outcome on stdout.
 */
package dev.delist.cli;
