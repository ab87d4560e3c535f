package dev.kiln.processor.operations;

import java.util.List;

/**
 * One {@code .graphql} file of {@code -Akiln.operations.dir}, valid against the schema: the body of
 * a request that clients send.
 *
 * @param hash the SHA-256 hex of {@code text}, which Apollo clients send as {@code sha256Hash}
 * @param operationNames the names of its operations, in document order
 * @param text the file's exact text
 */
public record OperationDocument(String hash, List<String> operationNames, String text) {}
