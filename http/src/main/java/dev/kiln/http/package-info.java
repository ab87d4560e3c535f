/**
 * GraphQL over HTTP for Kiln.
 *
 * <p>{@link dev.kiln.http.GraphQLHttpHandler} implements the <a
 * href="https://graphql.github.io/graphql-over-http/draft/">GraphQL over HTTP</a> specification
 * and the distinct connections mode of the <a
 * href="https://github.com/enisdenjo/graphql-sse/blob/master/PROTOCOL.md">GraphQL over
 * Server-Sent Events protocol</a> without depending on any server: a transport turns its request
 * into an {@link dev.kiln.http.HttpRequest} and writes the {@link dev.kiln.http.HttpResponse} back.
 * {@link dev.kiln.http.KilnHttpServer} is such a transport on embedded Jetty's core server, with
 * GraphiQL; {@link dev.kiln.http.servlet.KilnServlet} is one for Jakarta Servlet containers.
 */
@NullMarked
package dev.kiln.http;

import org.jspecify.annotations.NullMarked;
