package dev.delist.store.apple;

/** The store answered with something that is not the JSON it documents. */
class MalformedResponseException extends Exception {

	MalformedResponseException(String message, Throwable cause) {
		super(message, cause);
	}

}
