package dev.delist.review;

/** A refused request of a reviewer; each subclass is one answer the web layer gives (404, 409, 400, 403). */
public abstract class ReviewException extends RuntimeException {

	ReviewException(String message) {
		super(message);
	}

}
