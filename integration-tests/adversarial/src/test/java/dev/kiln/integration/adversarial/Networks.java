package dev.kiln.integration.adversarial;

import dev.kiln.runtime.InstanceProvider;
import dev.kiln.runtime.Kiln;

/** Kilns serving the network, each with a backend of its own. */
final class Networks {
  private Networks() {}

  /** A Kiln with the default limits, serving {@code network}. */
  static Kiln.Builder kiln(Network network) {
    return Kiln.newKiln().instanceProvider(instances(network));
  }

  static InstanceProvider instances(Network network) {
    return new InstanceProvider() {
      @Override
      public <T> T getInstance(Class<T> type) {
        if (type == NetworkApi.class) {
          return type.cast(new NetworkApi(network));
        }
        if (type == MemberResolvers.class) {
          return type.cast(new MemberResolvers(network));
        }
        return null;
      }
    };
  }
}
