package io.directivegraph.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes ({@code POST}, {@code PATCH}, {@code PUT}, {@code DELETE} under {@code /api/})
 * need HTTP Basic or a bearer token; reads stay open (the server listens on loopback by
 * default). The name of who wrote is handed to the controller as the request attribute
 * {@link #WHO}, so every recorded change says who made it.
 */
public class WriteAuthentication extends OncePerRequestFilter {

	/** Request attribute holding the authenticated user's name. */
	public static final String WHO = "io.directivegraph.web.WriteAuthentication.who";

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WriteCredentials credentials;

	private final PublicAddress address;

	WriteAuthentication(WriteCredentials credentials, PublicAddress address) {
		this.credentials = credentials;
		this.address = address;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return READS.contains(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String origin = request.getHeader("Origin");
		if (origin != null && !this.address.isOwnOrigin(origin)
				|| "cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
			// A page of another site, in a browser that holds the editor's Basic
			// credentials, must not be able to write: browsers name the page's origin
			// on every cross-origin write.
			refuse(request, response, HttpStatus.FORBIDDEN, "auth.other-site", this.address.base(),
					(origin != null) ? origin.replaceAll("[^\\x21-\\x7e]", "_") : "Sec-Fetch-Site: cross-site");
			return;
		}
		String header = request.getHeader("Authorization");
		String who = this.credentials.who(header);
		if (who == null) {
			String where = (this.credentials.file() != null) ? " (" + this.credentials.file() + ")"
					: " (app.api.password / app.api.token)";
			// The page signs in with its own form: a Basic challenge to its fetch would
			// make
			// the browser open its own login dialog over it.
			if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
				response.setHeader("WWW-Authenticate", "Basic realm=\"directive-graph\", charset=\"UTF-8\"");
			}
			refuse(request, response, HttpStatus.UNAUTHORIZED, (header == null) ? "auth.needed" : "auth.invalid",
					this.credentials.user(), where);
			return;
		}
		request.setAttribute(WHO, who);
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			Object... args) throws IOException {
		boolean vietnamese = ProblemTexts.prefersVietnamese(request.getHeader("Accept-Language"));
		ProblemDetail problem = ProblemTexts.problem(status, vietnamese, code, args);
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Language", vietnamese ? "vi" : "en");
		JSON.writeValue(response.getOutputStream(), problem);
	}

}
