package io.directivegraph.web;

import java.util.List;

/** A page of a list: {@code {"items": [...], "total": N}}. */
public record Page<T>(List<T> items, long total) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 500;

	/** The most rows a page may skip: far beyond any graph, far below overflow. */
	public static final long MAX_SKIP = 100_000_000L;

	/** Validated paging: page from 0, size 1..500. */
	public record Request(int page, int size) {

		public static Request of(Integer page, Integer size) {
			int p = (page != null) ? page : 0;
			int s = (size != null) ? size : DEFAULT_SIZE;
			if (p < 0) {
				throw new io.directivegraph.web.BadRequestException("page.start", p);
			}
			if (s < 1 || s > MAX_SIZE) {
				throw new io.directivegraph.web.BadRequestException("page.size", MAX_SIZE, s);
			}
			if ((long) p * s > MAX_SKIP) {
				throw new io.directivegraph.web.BadRequestException("page.past-end", p, MAX_SKIP);
			}
			return new Request(p, s);
		}

		public long skip() {
			return (long) this.page * this.size;
		}

		public <T> Page<T> slice(List<T> all) {
			int from = (int) Math.min(all.size(), skip());
			int to = Math.min(all.size(), from + this.size);
			return new Page<>(all.subList(from, to), all.size());
		}

	}

}
