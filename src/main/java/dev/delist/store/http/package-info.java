/**
 * The HTTP plumbing every store shares: one OkHttp client per process, per-host rate limits, retries with
 * {@code Retry-After}, capped bodies, no redirects off the configured host, robots.txt, stale-connection repeats.
 */
package dev.delist.store.http;
