package dev.kiln.integration.adversarial;

import dev.kiln.annotations.Authorized;
import dev.kiln.annotations.DefaultValue;
import dev.kiln.annotations.Id;
import dev.kiln.annotations.Mutation;
import dev.kiln.annotations.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** The network's root fields, including the ones an attacker would love to abuse. */
public final class NetworkApi {
  private final Network network;

  public NetworkApi(Network network) {
    this.network = network;
  }

  /**
   * The member numbered {@code id}.
   *
   * @param id the member's number
   */
  @Query
  public Member member(@Id long id) {
    return network.member(id);
  }

  /**
   * The first members of the network.
   *
   * @param first how many members to list
   */
  @Query
  public List<Member> members(@DefaultValue("10") int first) {
    List<Member> members = new ArrayList<>();
    for (int id = 1; id <= Math.min(first, Network.FOLLOWERS_PER_MEMBER); id++) {
      members.add(network.member(id));
    }
    return members;
  }

  /**
   * The member sending the request, or null for an anonymous request.
   *
   * @param viewer the request's context
   */
  @Query
  public @Nullable Member me(@Nullable Viewer viewer) {
    return viewer == null ? null : network.member(viewer.memberId());
  }

  /** Every entry of the network's ledger: two million of them. */
  @Query
  public List<Integer> ledger() {
    return IntStream.range(0, 2_000_000).boxed().toList();
  }

  /**
   * The names of the members the filter finds among the first ten.
   *
   * @param filter which members to find
   */
  @Query
  public List<String> search(Filter filter) {
    List<String> names = new ArrayList<>();
    for (int id = 1; id <= 10; id++) {
      String name = "member-" + id;
      if (matches(filter, name)) {
        names.add(name);
      }
    }
    return names;
  }

  private static boolean matches(Filter filter, String name) {
    boolean found = filter.name() == null || name.contains(filter.name());
    return found && (filter.not() == null || !matches(filter.not(), name));
  }

  /** The members reported for abuse: for moderators only. */
  @Query
  @Authorized(roles = "moderator")
  public @Nullable List<Member> flagged() {
    return network.flagged();
  }

  /** Fails with a message full of secrets, as a careless backend would. */
  @Query
  public @Nullable String audit() {
    throw new IllegalStateException(
        "Connection to jdbc:postgresql://db-7.internal:5432/members as user admin (password hunter2) refused");
  }

  /**
   * Answers "done" after {@code millis} milliseconds, without holding a thread.
   *
   * @param millis how long to take
   */
  @Query
  public CompletableFuture<@Nullable String> slow(int millis) {
    return CompletableFuture.supplyAsync(() -> "done", CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS));
  }

  /**
   * Follows a member in the name of the viewer.
   *
   * @param id the member to follow
   */
  @Mutation
  public Member follow(@Id long id) {
    return network.member(id);
  }
}
