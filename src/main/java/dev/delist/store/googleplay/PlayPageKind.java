package dev.delist.store.googleplay;

/** What an HTTP 200 body from Google Play turned out to be. */
public enum PlayPageKind {

	/** A store page (or at least not a known block page); parse it. */
	NORMAL,

	/** Google's "unusual traffic" / reCAPTCHA page: the IP is being throttled. */
	CAPTCHA,

	/** The consent.google.com cookie interstitial: no store content behind it. */
	CONSENT,

	/** A batchexecute soft error ({@code PlayGatewayError}): transient, retry with backoff. */
	GATEWAY_ERROR

}
