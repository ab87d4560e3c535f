package dev.kiln.runtime.spi;

import graphql.schema.FieldCoordinates;

/** Field coordinates as generated code writes them: {@code "Type.field"}. */
final class Coordinates {
  private Coordinates() {}

  static FieldCoordinates parse(String coordinates) {
    int dot = coordinates.indexOf('.');
    if (dot <= 0 || dot == coordinates.length() - 1) {
      throw new IllegalArgumentException("Not field coordinates of the form \"Type.field\": \"" + coordinates + "\"");
    }
    return FieldCoordinates.coordinates(coordinates.substring(0, dot), coordinates.substring(dot + 1));
  }
}
