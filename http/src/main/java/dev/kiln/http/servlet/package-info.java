/** {@link dev.kiln.http.servlet.KilnServlet}: Kiln's GraphQL over HTTP handler in a Jakarta Servlet 6 container. */
@NullMarked
package dev.kiln.http.servlet;

import org.jspecify.annotations.NullMarked;
