// Main.java
package com.example.shelf;

import dev.kiln.runtime.Kiln;
import dev.kiln.runtime.KilnRequest;
import graphql.ExecutionResult;
import java.util.Map;

public class Main {
  public static void main(String[] args) {
    Kiln kiln = Kiln.newKiln().build();   // finds the generated module through META-INF/services
    ExecutionResult result =
        kiln.execute(
            KilnRequest.newRequest()
                .query("query ($f: Format) { books(format: $f) { title } }")
                .variables(Map.of("f", "EBOOK"))
                .build());
    Map<String, Object> json = result.toSpecification();   // data, and errors if there were any
    System.out.println(json);
  }
}
