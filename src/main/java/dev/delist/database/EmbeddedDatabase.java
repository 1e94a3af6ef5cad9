package dev.delist.database;

/** What the command line tells the embedded database about the process starting it. */
public final class EmbeddedDatabase {

	/**
	 * The property naming the command being run ({@code serve}, {@code run}), written in the note beside the data
	 * directory so a second command can say who holds the database.
	 */
	public static final String COMMAND_PROPERTY = "delist-command";

	private EmbeddedDatabase() {
	}

}
