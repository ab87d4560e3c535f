package dev.kiln.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Encodes and strictly decodes global IDs: base64url without padding of the UTF-8 text {@code
 * TypeName:key}, followed, when there is a secret, by the first {@value #TAG_BYTES} bytes of its
 * HMAC-SHA256 before encoding. Decoding parses nothing but base64url and UTF-8, and accepts only
 * what {@link #encode} gives: one string per ID.
 */
final class GlobalIdCodec {
  /** The longest ID decoded; a longer one is refused unread. */
  static final int MAX_LENGTH = 512;

  /** The shortest secret accepted. */
  static final int MIN_SECRET_BYTES = 16;

  static final int TAG_BYTES = 16;

  private static final String HMAC = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final @Nullable SecretKeySpec secret;

  /** @param secret the HMAC key that signs IDs, or {@code null} for unsigned IDs */
  GlobalIdCodec(byte @Nullable [] secret) {
    if (secret != null && secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "The global ID secret must have at least " + MIN_SECRET_BYTES + " bytes, but has " + secret.length + ".");
    }
    this.secret = secret == null ? null : new SecretKeySpec(secret.clone(), HMAC);
  }

  /** A decoded ID: the type name and the key's text, both as encoded. */
  record Decoded(String typeName, String keyText) {}

  boolean signed() {
    return secret != null;
  }

  String encode(String typeName, String keyText) {
    byte[] payload = (typeName + ":" + keyText).getBytes(StandardCharsets.UTF_8);
    if (secret == null) {
      return ENCODER.encodeToString(payload);
    }
    byte[] signed = Arrays.copyOf(payload, payload.length + TAG_BYTES);
    System.arraycopy(tag(payload), 0, signed, payload.length, TAG_BYTES);
    return ENCODER.encodeToString(signed);
  }

  /** The type name and key text of {@code id}, or {@code null} if {@code id} is not an ID this codec encoded. */
  @Nullable Decoded decode(String id) {
    if (id.isEmpty() || id.length() > MAX_LENGTH || !base64Url(id)) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = DECODER.decode(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
    // Unused low bits of the last character could make several strings of one ID.
    if (!ENCODER.encodeToString(bytes).equals(id)) {
      return null;
    }
    byte[] payload = bytes;
    if (secret != null) {
      if (bytes.length <= TAG_BYTES) {
        return null;
      }
      payload = Arrays.copyOf(bytes, bytes.length - TAG_BYTES);
      byte[] tag = Arrays.copyOfRange(bytes, bytes.length - TAG_BYTES, bytes.length);
      if (!MessageDigest.isEqual(tag, tag(payload))) {
        return null;
      }
    }
    String text = utf8(payload);
    if (text == null) {
      return null;
    }
    int separator = text.indexOf(':');
    if (separator < 1) {
      return null;
    }
    return new Decoded(text.substring(0, separator), text.substring(separator + 1));
  }

  private static boolean base64Url(String id) {
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private byte[] tag(byte[] payload) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(secret);
      return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
    } catch (GeneralSecurityException e) {
      // Every Java platform provides HmacSHA256 (java.security.Security's required algorithms).
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
