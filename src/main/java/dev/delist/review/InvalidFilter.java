package dev.delist.review;

/** A queue filter or cursor that cannot be read (HTTP 400); the message names the parameter. */
public class InvalidFilter extends ReviewException {

	private final String parameter;

	public InvalidFilter(String parameter, String problem) {
		super(parameter + ": " + problem);
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

}
