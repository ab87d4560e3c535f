package dev.kiln.integration.adversarial;

import dev.kiln.annotations.BatchLoader;
import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Field;
import dev.kiln.annotations.Loader;
import dev.kiln.annotations.Source;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** The fields of {@link Member} that come from the backend, each batched. */
public final class MemberResolvers {
  private final Network network;

  public MemberResolvers(Network network) {
    this.network = network;
  }

  /**
   * Who follows the member.
   *
   * @param first how many followers to list at most
   */
  @Field
  public Map<Member, List<Member>> followers(@Source List<Member> members, @DefaultValue("10") int first) {
    return network.followers(members, first);
  }

  /** What the member has written: every comment, unbounded. */
  @Field
  public Map<Member, List<String>> comments(@Source List<Member> members) {
    return network.comments(members);
  }

  /** The member's standing in the network, from 0 to 99. */
  @Field
  public CompletableFuture<Integer> reputation(
      @Source Member member, @Loader("reputations") DataLoader<Long, Integer> reputations) {
    return reputations.load(member.id());
  }

  /** A note from a backend that is down: the whole batch fails, as a database error would. */
  @Field
  public Map<Member, String> note(@Source List<Member> members) {
    throw new IllegalStateException("Connection to jdbc:postgresql://db-7.internal:5432/notes refused");
  }

  /** The members by number, for {@code node} and {@code nodes}. */
  @BatchLoader
  public Map<Long, Member> membersById(Set<Long> ids) {
    return network.members(ids);
  }

  /** The reputation of each member. */
  @BatchLoader
  public Map<Long, Integer> reputations(Set<Long> memberIds) {
    return network.reputations(memberIds);
  }
}
