package dev.delist.review;

/**
 * What reviewers type (a decision's reason, a note) and who they are, checked the same way wherever it is
 * typed: required, at most {@link Decisions#MAX_REASON} characters, and no control character but tab and line
 * breaks (a stray one would hide text in the report or the audit trail).
 */
final class ReviewText {

	private ReviewText() {
	}

	static void user(String user) {
		if (user == null || user.isBlank()) {
			throw new InvalidDecision("user", "required");
		}
		if (user.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidDecision("user", "contains a control character");
		}
	}

	/**
	 * @param field the parameter's name in messages ({@code reason}, {@code text})
	 * @param missing what a blank one is told ({@code required: say why})
	 * @return the text, stripped
	 */
	static String text(String field, String text, String missing) {
		if (text == null || text.isBlank()) {
			throw new InvalidDecision(field, missing);
		}
		String stripped = text.strip();
		int length = stripped.codePointCount(0, stripped.length());
		if (length > Decisions.MAX_REASON) {
			throw new InvalidDecision(field, length + " characters, at most " + Decisions.MAX_REASON);
		}
		for (int i = 0; i < stripped.length(); i++) {
			char c = stripped.charAt(i);
			boolean lineBreakOrTab = c == '\t' || c == '\n' || c == '\r';
			if (!lineBreakOrTab && (c < 0x20 || (c >= 0x7F && c <= 0x9F))) {
				throw new InvalidDecision(field, "contains the control character U+" + String.format("%04X", (int) c)
						+ " at position " + (i + 1));
			}
		}
		return stripped;
	}

}
