/**
 * Alerts: after a run is reported, a short Slack-compatible message ({@code {"text": ...}}) to the webhook
 * {@code delist.notify.webhook-url} when the run found new takedown candidates or ended INCOMPLETE. Sending is
 * best effort: a webhook that fails is retried, then warned about, and never changes the run's verdict or exit
 * code. No webhook configured, no request.
 */
package dev.delist.notify;
