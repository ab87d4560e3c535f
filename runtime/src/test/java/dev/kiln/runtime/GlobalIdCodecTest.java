package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiln.runtime.spi.NodeKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Global IDs decode to exactly what was encoded, and anything else decodes to nothing. */
class GlobalIdCodecTest {
  private static final byte[] SECRET = "0123456789abcdef-secret".getBytes(StandardCharsets.UTF_8);
  private static final GlobalIdCodec UNSIGNED = new GlobalIdCodec(null);
  private static final GlobalIdCodec SIGNED = new GlobalIdCodec(SECRET);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Book   | INT    | 42                                   | Qm9vazo0Mg",
        "Book   | INT    | -7                                   | Qm9vazotNw",
        "Book   | INT    | 0                                    | Qm9vazow",
        "Serial | LONG   | 9223372036854775807                  | U2VyaWFsOjkyMjMzNzIwMzY4NTQ3NzU4MDc",
        "Author | STRING | le-guin                              | QXV0aG9yOmxlLWd1aW4",
        "Author | STRING | a:b:ü                                | QXV0aG9yOmE6YjrDvA",
        "Item   | UUID   | 123e4567-e89b-12d3-a456-426614174000 | SXRlbToxMjNlNDU2Ny1lODliLTEyZDMtYTQ1Ni00MjY2MTQxNzQwMDA",
      })
  void anUnsignedIdIsTheBase64urlOfTypeAndKeyAndDecodesBackToThem(String type, NodeKey key, String keyText, String id) {
    assertEquals(id, UNSIGNED.encode(type, key.format(key.parse(keyText))));
    assertEquals(new GlobalIdCodec.Decoded(type, keyText), UNSIGNED.decode(id));
    assertEquals(keyText, key.format(key.parse(UNSIGNED.decode(id).keyText())));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Book | 42", "Author | le-guin", "Author | a:b:ü", "Item | 123e4567-e89b-12d3-a456-426614174000"})
  void aSignedIdCarriesAnHmacTagAndDecodesBack(String type, String keyText) {
    String id = SIGNED.encode(type, keyText);
    byte[] bytes = Base64.getUrlDecoder().decode(id);
    assertEquals((type + ":" + keyText).getBytes(StandardCharsets.UTF_8).length + GlobalIdCodec.TAG_BYTES, bytes.length);
    assertEquals(new GlobalIdCodec.Decoded(type, keyText), SIGNED.decode(id));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Qm9vazo0Mg==", // padding
        "Qm9vazo0Mg=",
        "Qm9vazo0Mh", // the same bytes, but unused bits set: not canonical
        "Qm9vazo0M", // a length no base64 has
        "Qm9vazo0Mg$", // outside the alphabet
        "Qm9vazo0Mg ",
        "Qm9v+zo0Mg", // base64, not base64url
        "Qm9v/zo0Mg",
        "Qm9vazQy", // "Book42": no separator
        "OjQy", // ":42": no type
        "_zo0Mg", // not UTF-8
      })
  void aMalformedIdDecodesToNothing(String id) {
    assertNull(UNSIGNED.decode(id));
    assertNull(SIGNED.decode(id));
  }

  @Test
  void anIdLongerThanTheCapIsRefusedUnread() {
    String padding = "A".repeat(GlobalIdCodec.MAX_LENGTH);
    String underCap = UNSIGNED.encode("Author", "x".repeat(200));
    assertEquals(new GlobalIdCodec.Decoded("Author", "x".repeat(200)), UNSIGNED.decode(underCap));
    String overCap = UNSIGNED.encode("Author", padding);
    assertNull(UNSIGNED.decode(overCap));
  }

  @Test
  void aSignedCodecRefusesUnsignedIdsAlteredTagsAndOtherSecrets() {
    String signed = SIGNED.encode("Book", "42");
    assertNull(SIGNED.decode(UNSIGNED.encode("Book", "42")), "unsigned");
    assertNull(SIGNED.decode(new GlobalIdCodec("another secret, 16+ bytes".getBytes(StandardCharsets.UTF_8)).encode("Book", "42")), "other secret");
    byte[] bytes = Base64.getUrlDecoder().decode(signed);
    for (int i = 0; i < bytes.length; i++) {
      byte[] altered = bytes.clone();
      altered[i] ^= 1;
      assertNull(SIGNED.decode(Base64.getUrlEncoder().withoutPadding().encodeToString(altered)), "byte " + i + " flipped");
    }
    byte[] payloadOnly = "Book:43".getBytes(StandardCharsets.UTF_8);
    byte[] forged = java.util.Arrays.copyOf(payloadOnly, payloadOnly.length + GlobalIdCodec.TAG_BYTES);
    System.arraycopy(bytes, bytes.length - GlobalIdCodec.TAG_BYTES, forged, payloadOnly.length, GlobalIdCodec.TAG_BYTES);
    assertNull(SIGNED.decode(Base64.getUrlEncoder().withoutPadding().encodeToString(forged)), "tag moved to another key");
  }

  @Test
  void aSignedIntIdIsNoValidKeyForAnUnsignedCodec() {
    GlobalIdCodec.Decoded decoded = UNSIGNED.decode(SIGNED.encode("Book", "42"));
    assertNull(decoded == null ? null : NodeKey.INT.parse(decoded.keyText()));
  }

  @Test
  void aSecretShorterThanSixteenBytesIsRefused() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Kiln.newKiln().globalIdSecret(new byte[15]));
    assertEquals("globalIdSecret must have at least 16 bytes, but has 15.", refused.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "INT    | 042",
        "INT    | +42",
        "INT    | -0",
        "INT    | ' 42'",
        "INT    | 2147483648",
        "INT    | 4e2",
        "INT    | ''",
        "INT    | ４２", // full-width digits, which Integer.parseInt accepts
        "LONG   | 9223372036854775808",
        "LONG   | 0x10",
        "LONG   | 07",
        "UUID   | 123E4567-E89B-12D3-A456-426614174000",
        "UUID   | 1-2-3-4-5",
        "UUID   | 123e4567e89b12d3a456426614174000",
        "UUID   | {123e4567-e89b-12d3-a456-426614174000}",
      })
  void aKeyIsParsedOnlyFromItsCanonicalText(NodeKey key, String text) {
    assertNull(key.parse(text));
  }
}
