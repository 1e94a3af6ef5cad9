package dev.delist.match;

/** What a match points at: the listed app itself, or only its developer. */
public enum Level {

	/** The listing is (or may be) the listed app, or a copy of it. */
	APP,
	/** The listing is another app of a listed developer: same developer, other app. */
	DEVELOPER

}
