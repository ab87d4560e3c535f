/**
 * A blog served over HTTP: users, posts and comments in an embedded H2 database, read through
 * batch loaders and a batched field whose SQL is logged, with a viewer taken from the {@code
 * Authorization} header, a mutation that adds a comment and a subscription that streams new
 * comments over Server-Sent Events. {@link dev.kiln.examples.blog.Main} starts it.
 */
@NullMarked
package dev.kiln.examples.blog;

import org.jspecify.annotations.NullMarked;
