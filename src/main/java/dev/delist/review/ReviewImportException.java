package dev.delist.review;

import java.util.List;

import dev.delist.config.InputException;

/**
 * A reviewer's file that cannot be imported, with every problem found; nothing of it was imported. The message
 * is one line (an exit-2 refusal is one line on stderr) naming up to {@value #SHOWN} problems, so most files are
 * fixed in one go.
 */
public class ReviewImportException extends InputException {

	static final int SHOWN = 10;

	private final List<String> problems;

	public ReviewImportException(String file, List<String> problems) {
		super(String.join("; ", problems.subList(0, Math.min(SHOWN, problems.size())))
				+ ((problems.size() > SHOWN) ? "; and " + (problems.size() - SHOWN) + " more problems" : "")
				+ "; nothing imported from " + file);
		this.problems = List.copyOf(problems);
	}

	/** @return one {@code FILE:LINE: field: problem} per problem, in file order */
	public List<String> problems() {
		return this.problems;
	}

}
