package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class ModuleDiscoveryTest {
  @Test
  void withoutAGeneratedModuleTheErrorNamesEveryLikelyCauseOfTheProcessorNotRunning() {
    ClassLoader nothingGenerated = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());

    IllegalStateException thrown =
        assertThrows(IllegalStateException.class, () -> Kiln.newKiln().classLoader(nothingGenerated).build());

    assertEquals(
        "No Kiln module found on the class path: the processor did not run when this code was compiled."
            + " Put kiln-processor on maven-compiler-plugin's annotationProcessorPaths, with the plugin at"
            + " version 3.5 or later (Maven 3.8 defaults to 3.1, which ignores annotationProcessorPaths),"
            + " and make sure nothing passes -proc:none or <proc>none</proc> to javac;"
            + " or pass modules to Kiln.newKiln().modules(...).",
        thrown.getMessage());
  }
}
