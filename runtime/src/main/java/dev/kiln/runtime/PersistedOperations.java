package dev.kiln.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The operations that clients were built with, each document under the SHA-256 hash of its text:
 * what Apollo clients send as {@code extensions.persistedQuery.sha256Hash}.
 *
 * <p>Kiln's annotation processor, given {@code -Akiln.operations.dir}, validates the {@code
 * .graphql} documents there against the schema and writes them to {@value #MANIFEST_RESOURCE}, one
 * JSON object from hash to {@code {"operations": [names], "document": text}}. {@link
 * #load(ClassLoader)} reads that manifest from every jar on the class path.
 *
 * <p>Immutable and thread-safe.
 */
public final class PersistedOperations {
  /** Where the processor writes the manifest of each compilation. */
  public static final String MANIFEST_RESOURCE = "META-INF/kiln/operations.json";

  private static final PersistedOperations EMPTY = new PersistedOperations(Map.of());

  private final Map<String, String> documents;

  private PersistedOperations(Map<String, String> documents) {
    this.documents = Collections.unmodifiableMap(new TreeMap<>(documents));
  }

  /** No persisted operations. */
  public static PersistedOperations empty() {
    return EMPTY;
  }

  /** The given documents, each under the hash of its exact text. */
  public static PersistedOperations of(Collection<String> documents) {
    Map<String, String> byHash = new TreeMap<>();
    documents.forEach(document -> byHash.put(sha256(document), document));
    return new PersistedOperations(byHash);
  }

  /** The given documents, each under the hash of its exact text. */
  public static PersistedOperations of(String... documents) {
    return of(List.of(documents));
  }

  /**
   * The documents of every {@value #MANIFEST_RESOURCE} that {@code classLoader} finds.
   *
   * @throws IllegalStateException if a manifest cannot be read, is not a manifest, or lists a
   *     document under a hash that is not its own
   */
  public static PersistedOperations load(ClassLoader classLoader) {
    Map<String, String> byHash = new TreeMap<>();
    try {
      Enumeration<URL> manifests = classLoader.getResources(MANIFEST_RESOURCE);
      while (manifests.hasMoreElements()) {
        URL manifest = manifests.nextElement();
        readManifest(manifest).forEach(byHash::put);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the persisted operations " + MANIFEST_RESOURCE + ".", e);
    }
    return byHash.isEmpty() ? EMPTY : new PersistedOperations(byHash);
  }

  private static Map<String, String> readManifest(URL manifest) throws IOException {
    String text;
    try (InputStream in = manifest.openStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, String> documents = ManifestReader.documents(text, manifest.toString());
    documents.forEach(
        (hash, document) -> {
          if (!sha256(document).equals(hash)) {
            throw new IllegalStateException("The persisted operations " + manifest + " list a document under " + hash + ", which is not its SHA-256 hash.");
          }
        });
    return documents;
  }

  /** The document whose text has the SHA-256 hash {@code sha256Hash} (hex, any case), or null. */
  public @Nullable String document(String sha256Hash) {
    return documents.get(sha256Hash.toLowerCase(java.util.Locale.ROOT));
  }

  /** The hashes of the documents, in order. */
  public Set<String> hashes() {
    return documents.keySet();
  }

  public boolean isEmpty() {
    return documents.isEmpty();
  }

  /** The SHA-256 hash of {@code text}'s UTF-8 bytes, as 64 lowercase hex digits. */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256.", e);
    }
  }
}
