package dev.delist.review;

import java.util.List;

import dev.delist.config.InputException;

/** A reviewer's file that cannot be imported, with every problem found; nothing of it was imported. */
public class ReviewImportException extends InputException {

	private final List<String> problems;

	public ReviewImportException(String file, List<String> problems) {
		super(problems.get(0) + ((problems.size() > 1) ? " (and " + (problems.size() - 1) + " more problems)" : "")
				+ "; nothing imported from " + file);
		this.problems = List.copyOf(problems);
	}

	/** @return one {@code FILE:LINE: field: problem} per problem, in file order */
	public List<String> problems() {
		return this.problems;
	}

}
