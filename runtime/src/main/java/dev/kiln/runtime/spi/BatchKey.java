package dev.kiln.runtime.spi;

import java.util.Map;

/**
 * The key a batched field loads: the object the field is resolved on and the field's arguments.
 * Keys with equal arguments are batched together; a source asked twice with equal arguments is
 * loaded once.
 */
public record BatchKey(Object source, Map<String, Object> arguments) {}
