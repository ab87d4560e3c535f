package dev.kiln.integration.library;

import dev.kiln.annotations.GraphQLType;
import dev.kiln.annotations.Id;
import java.util.List;
import org.jspecify.annotations.NonNull;

/**
 * A building of the library where books can be borrowed and returned.
 *
 * @param id the branch's key, such as "central"
 * @param name the branch's name
 * @param address where to find the branch
 * @param openDays the days of the week the branch is open, Monday first
 */
@GraphQLType
public record Branch(
    @Id @NonNull String id,
    @NonNull String name,
    @NonNull Address address,
    List<@NonNull String> openDays) implements Named {}
