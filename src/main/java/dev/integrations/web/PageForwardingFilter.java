package dev.integrations.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the web page at {@code /} to browsers while API clients keep the JSON status there: a GET
 * of {@code /} whose {@code Accept} header names {@code text/html} is forwarded to
 * {@code /index.html}. Clients that send {@code *}{@code /*} or JSON types get the JSON status.
 */
@Component
class PageForwardingFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isPageRequest(request)) {
			request.getRequestDispatcher("/index.html").forward(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isPageRequest(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return "GET".equals(request.getMethod()) && "/".equals(request.getRequestURI()) && accept != null
				&& accept.contains(MediaType.TEXT_HTML_VALUE);
	}

}
