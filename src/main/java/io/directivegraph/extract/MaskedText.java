package io.directivegraph.extract;

import java.util.List;

import io.directivegraph.extract.citation.Citation;

/**
 * The folded text with the citations of one part blanked (line breaks kept): dates inside
 * citations are not deadlines. A view, not a copy: a bit per character says what is
 * blanked, and is cleared before the next part.
 */
final class MaskedText implements CharSequence {

	private final String folded;

	private final java.util.BitSet blanked = new java.util.BitSet();

	MaskedText(String folded) {
		this.folded = folded;
	}

	void blank(List<Citation> citations) {
		for (Citation c : citations) {
			this.blanked.set(c.start(), c.end());
		}
	}

	void clear(List<Citation> citations) {
		for (Citation c : citations) {
			this.blanked.clear(c.start(), c.end());
		}
	}

	@Override
	public int length() {
		return this.folded.length();
	}

	@Override
	public char charAt(int index) {
		char c = this.folded.charAt(index);
		return (c != '\n' && this.blanked.get(index)) ? ' ' : c;
	}

	@Override
	public CharSequence subSequence(int start, int end) {
		int blank = this.blanked.nextSetBit(start);
		if (blank < 0 || blank >= end) {
			return this.folded.substring(start, end);
		}
		char[] chars = new char[end - start];
		for (int i = start; i < end; i++) {
			chars[i - start] = charAt(i);
		}
		return new String(chars);
	}

	@Override
	public String toString() {
		return subSequence(0, length()).toString();
	}

}
