package dev.kiln.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mistakes in loaders, loader parameters and resolver fields are one compile error each, with its
 * catalog id, on the offending line.
 */
class BatchLoadingDiagnosticsTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          @BatchLoader public static Map<Integer, Subject> load() { return null; } | [Kiln/BatchLoaderKeys] @BatchLoader "load" must take its keys as its first parameter, as a List<K>, Set<K> or Collection<K> of a concrete key type. | load()
          @BatchLoader public static Map<Integer, Subject> load(Integer id) { return null; } | [Kiln/BatchLoaderKeys] @BatchLoader "load" must take its keys | Integer id
          @BatchLoader public static Map<Integer, Subject> load(List<? extends Integer> ids) { return null; } | [Kiln/BatchLoaderKeys] @BatchLoader "load" must take its keys | extends Integer
          @BatchLoader public static Subject load(List<Integer> ids) { return null; } | [Kiln/BatchLoaderResult] @BatchLoader "load" returns "test.Subject", but a batch loader returns Map<java.lang.Integer, V>, List<V> with one value per key in key order, or a CompletionStage of either | Subject load(
          @BatchLoader public static Map<String, Subject> load(Set<Integer> ids) { return null; } | [Kiln/BatchLoaderResult] @BatchLoader "load" returns "java.util.Map<java.lang.String,test.Subject>" | Subject> load(
          @BatchLoader public static CompletableFuture<List<?>> load(List<Integer> ids) { return null; } | [Kiln/BatchLoaderResult] @BatchLoader "load" returns | load(
          @BatchLoader public static List<Subject> load(Set<Integer> keys) { return null; } | [Kiln/BatchLoaderKeys] @BatchLoader "load" must take its keys as its first parameter, as a List<K>, Set<K> or Collection<K> of a concrete key type: it returns a List, which is in key order, so its keys must be a List<java.lang.Integer> too. | Set<Integer> keys
          @BatchLoader public static Map<Integer, Subject> load(List<Integer> ids, String other) { return null; } | [Kiln/BatchLoaderParameter] Parameter "other" of @BatchLoader "load" is neither the @Context nor a DataLoader<K, V>. | String other
          @BatchLoader(maxBatchSize = -1) public static Map<Integer, Subject> load(List<Integer> ids) { return null; } | [Kiln/BatchLoaderOption] maxBatchSize = -1 of @BatchLoader "load" is negative. Use 0 for no limit, or a positive size. | maxBatchSize = -1
          @BatchLoader private static Map<Integer, Subject> load(List<Integer> ids) { return null; } | [Kiln/PrivateMember] @BatchLoader "load" is private | load(
          @BatchLoader(name = "usersById") public static Map<Integer, Subject> load(List<Integer> ids) { return null; } | [Kiln/DuplicateLoader] Loader "usersById" is defined by both "test.Subject.usersById" and "test.Subject.load". Rename one with @BatchLoader(name = "…"). | name = "usersById"
          @BatchLoader(name = "users-by-id") public static Map<Integer, Subject> load(List<Integer> ids) { return null; } | [Kiln/InvalidName] "users-by-id" is not a valid GraphQL name | name = "users-by-id"
          @Field public CompletableFuture<Subject> f(DataLoader<Integer, Subject> usersByID) { return null; } | [Kiln/UnknownLoader] No @BatchLoader named "usersByID" for parameter "usersByID" — did you mean "usersById"? | usersByID)
          @Field public CompletableFuture<String> f(@Loader("orders") DataLoader<Integer, String> users) { return null; } | [Kiln/UnknownLoader] No @BatchLoader named "orders" for parameter "users". Declare a method @BatchLoader(name = "orders"), or name an existing loader. | @Loader("orders")
          @Field public CompletableFuture<Subject> f(@Loader("orders") DataLoader<Integer, Subject> users) { return null; } | [Kiln/UnknownLoader] No @BatchLoader named "orders" for parameter "users". Take loader "usersById", which loads exactly DataLoader<java.lang.Integer, test.Subject>, with @Loader("usersById"). | @Loader("orders")
          @Field public CompletableFuture<Subject> f(DataLoader<Integer, Subject> subjects) { return null; } | [Kiln/UnknownLoader] No @BatchLoader named "subjects" for parameter "subjects". Take loader "usersById", which loads exactly DataLoader<java.lang.Integer, test.Subject>, with @Loader("usersById"). | subjects)
          @Field public CompletableFuture<Subject> f(DataLoader<Integer, Subject> usersByIdentity) { return null; } @BatchLoader public static Map<Integer, Subject> usersByIdentify(Set<Integer> ids) { return null; } | [Kiln/UnknownLoader] No @BatchLoader named "usersByIdentity" for parameter "usersByIdentity" — did you mean "usersByIdentify"? Or take loader "usersById", which loads exactly DataLoader<java.lang.Integer, test.Subject>, with @Loader("usersById"). | usersByIdentity)
          @Field public CompletableFuture<Subject> f(DataLoader<String, Subject> usersById) { return null; } | [Kiln/LoaderTypeMismatch] Parameter "usersById" is a DataLoader<java.lang.String, test.Subject>, but loader "usersById" loads DataLoader<java.lang.Integer, test.Subject>. Declare the parameter as DataLoader<java.lang.Integer, test.Subject>. | DataLoader<String, Subject> usersById
          @BatchLoader public static Map<Integer, String> names(Set<Integer> ids, DataLoader<Integer, String> usersById) { return null; } | [Kiln/LoaderTypeMismatch] Parameter "usersById" is a DataLoader<java.lang.Integer, java.lang.String> | DataLoader<Integer, String> usersById
          @Field public CompletableFuture<Subject> f(DataLoader<?, Subject> usersById) { return null; } | [Kiln/LoaderParameterType] Parameter "usersById" is "org.dataloader.DataLoader<?,test.Subject>", which does not name concrete key and value types. | DataLoader<?, Subject> usersById
          @Field public String f(@Loader("usersById") String s) { return null; } | [Kiln/MisplacedLoader] @Loader on parameter "s" of type "java.lang.String": @Loader names the loader that a DataLoader<K, V> parameter receives. | String s
          @Field public String f(@Source Thread t) { return null; } | [Kiln/SourceType] @Source parameter "t" has type "java.lang.Thread", which is not an object type. | Thread t
          @Field public String f(@Source List<String> names) { return null; } | [Kiln/SourceType] @Source parameter "names" has type "java.util.List<java.lang.String>" | List<String> names
          @Field public String f(@Source Subject a, @Source Subject b) { return null; } | [Kiln/DuplicateSource] Method "f" has more than one @Source parameter. | Subject b
          @Query public static String f(@Source Subject source) { return null; } | [Kiln/MisplacedSource] @Source on parameter "source" of "f", which is not a @Field method. | Subject source
          @BatchLoader public static Map<Integer, Subject> load(@Source List<Integer> ids) { return null; } | [Kiln/MisplacedSource] @Source on parameter "ids" of "load" | List<Integer> ids
          @Field public Subject f(@Source List<Subject> all) { return null; } | [Kiln/BatchedFieldResult] Batched field "Subject.f" returns "test.Subject", but a method taking @Source List<Subject> returns List<R> with one result per source in order, Map<Subject, R>, or a CompletionStage of either. | Subject f(
          @Field public Map<String, String> f(@Source List<Subject> all) { return null; } | [Kiln/BatchedFieldResult] Batched field "Subject.f" returns "java.util.Map<java.lang.String,java.lang.String>" | Map<String, String> f(
          @Field public List<String> f(@Source List<Subject> all, DataFetchingEnvironment env) { return null; } | [Kiln/BatchedFieldParameter] Parameter "env" of batched field "Subject.f" is a DataFetchingEnvironment | DataFetchingEnvironment env
          @Field public List<Thread> f(@Source List<Subject> all) { return null; } | [Kiln/NotAGraphQLType] The type "java.lang.Thread" of field "Subject.f" is not a GraphQL type. | List<Thread> f(
          @Field public String f(CompletableFuture<String> later) { return null; } | [Kiln/UnsupportedType] The type "java.util.concurrent.CompletableFuture<java.lang.String>" of argument "later" of "Subject.f" has no GraphQL mapping: an argument is a value, not a computation. | later)
          @Field public CompletableFuture f() { return null; } | [Kiln/UnsupportedType] The type "java.util.concurrent.CompletableFuture" of field "Subject.f" has no GraphQL mapping: a raw future has no value type. | CompletableFuture f()
          @Field public String ok(@Source Subject s) { return null; } | [Kiln/DuplicateField] Field "ok" is defined twice on type "Subject" | String ok(
          """)
  void reportsMistakeOnItsLine(String member, String message, String line) {
    JavaFileObject subject =
        Compilations.source(
            "test.Subject",
            "package test;",
            "import dev.kiln.annotations.*;",
            "import graphql.schema.DataFetchingEnvironment;",
            "import java.util.*;",
            "import java.util.concurrent.CompletableFuture;",
            "import org.dataloader.DataLoader;",
            "@GraphQLType",
            "public class Subject {",
            "  @Field public int ok;",
            "  @BatchLoader public static Map<Integer, Subject> usersById(Set<Integer> ids) { return null; }",
            "  " + member,
            "  @Query public static Subject subject() { return null; }",
            "}");
    Compilation compilation = Compilations.compile(subject);

    assertThat(compilation).hadErrorContaining(message).inFile(subject).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }
}
