package dev.kiln.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An object type implements an interface as the spec's {@code IsValidImplementation} (October
 * 2021, §3.6) says, one row per step: fields covariant, arguments invariant, additional arguments
 * optional. Each violation is an error on the implementation's member or parameter.
 */
class InterfaceImplementationsTest {

  @ParameterizedTest(name = "{0} implemented by {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @Field String name();                 | public @NonNull String name() { return ""; }         |                                                                                                          |                     | 0
          @Field String name();                 | public String name() { return ""; }                  |                                                                                                          |                     | 0
          @Field Named self();                  | public Thing self() { return this; }                 |                                                                                                          |                     | 0
          @Field @NonNull Named self();         | public @NonNull Thing self() { return this; }        |                                                                                                          |                     | 0
          @Field @NonNull String name();        | public @Nullable String name() { return ""; }        | [Kiln/InterfaceFieldType] Field "Thing.name" is "String", which cannot implement "Named.name" of type "String!" (spec §3.6, IsValidImplementationFieldType: | String name()       | 1
          @Field @NonNull Named self();         | public @Nullable Thing self() { return this; }       | [Kiln/InterfaceFieldType] Field "Thing.self" is "Thing", which cannot implement "Named.self" of type "Named!" | Thing self()        | 1
          @Field @Id String key();              | public String key() { return ""; }                   | [Kiln/InterfaceFieldType] Field "Thing.key" is "String", which cannot implement "Named.key" of type "ID"  | String key()        | 1
          @Field String greet(String name);     | public String greet(String name) { return name; }    |                                                                                                          |                     | 0
          @Field String greet(String name);     | public String greet(String who) { return who; }      | [Kiln/InterfaceArgument] Field "Thing.greet" has no argument "name", which "Named.greet" declares (spec §3.6, IsValidImplementation: an implementation's field has every argument of the interface's field). Take the argument "name: String", e.g. by naming the parameter as the interface does. | String greet(       | 1
          @Field String find(@Id String key);   | public String find(String key) { return key; }       | [Kiln/InterfaceArgumentType] Argument "key" of "Thing.find" is "String", but "Named.find" declares it "ID" (spec §3.6, IsValidImplementation: arguments are invariant | String key)         | 1
          @Field String find(String key);       | public String find(@NonNull String key) { return key; } | [Kiln/InterfaceArgumentType] Argument "key" of "Thing.find" is "String!", but "Named.find" declares it "String" | String key)      | 1
          @Field String find(@NonNull String key); | public String find(String key) { return key; }    | [Kiln/InterfaceArgumentType] Argument "key" of "Thing.find" is "String", but "Named.find" declares it "String!" | String key)      | 1
          @Field String count(int n);           | public String count(@DefaultValue("1") int m) { return ""; } | [Kiln/InterfaceArgument] Field "Thing.count" has no argument "n"                                  | String count(       | 1
          @Field String count(int n);           | public String count(int m) { return ""; }            | [Kiln/InterfaceRequiredArgument] Argument "m" of "Thing.count" is required ("Int!" without a default), but "Named.count" has no such argument, so a query through the interface could not give it (spec §3.6, IsValidImplementation: an additional argument must not be required). Make it nullable, or give it a @DefaultValue. | int m) | 2
          """)
  void implementationsFollowTheSpec(String interfaceMember, String implementationMember, String message, String line, int errors) {
    JavaFileObject named =
        Compilations.source(
            "test.Named",
            "package test;",
            "import dev.kiln.annotations.*;",
            "import org.jspecify.annotations.*;",
            "@GraphQLType public interface Named {",
            "  " + interfaceMember,
            "}");
    JavaFileObject thing =
        Compilations.source(
            "test.Thing",
            "package test;",
            "import dev.kiln.annotations.*;",
            "import org.jspecify.annotations.*;",
            "@GraphQLType public class Thing implements Named {",
            "  @Field public int id;",
            "  " + implementationMember,
            "  @Query public static Named thing() { return null; }",
            "}");

    Compilation compilation = Compilations.compileWithOptions(List.of("-Xlint:none"), named, thing);

    if (message == null) {
      assertThat(compilation).succeededWithoutWarnings();
      return;
    }
    assertThat(compilation).hadErrorContaining(message).inFile(thing).onLineContaining(line);
    assertThat(compilation).hadErrorCount(errors);
  }
}
