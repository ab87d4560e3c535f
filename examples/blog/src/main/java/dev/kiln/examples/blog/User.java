package dev.kiln.examples.blog;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;

/**
 * A member of the blog.
 *
 * @param id the user's number
 * @param username the name the user signs in with, such as "ada"; no two users share one
 * @param name the user's full name
 */
@GraphQLType
public record User(@Id int id, String username, String name) {}
