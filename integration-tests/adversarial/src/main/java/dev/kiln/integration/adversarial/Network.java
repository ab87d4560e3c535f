package dev.kiln.integration.adversarial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The network's backend, in memory: member {@code n} is followed by members {@code 10n + 1} to
 * {@code 10n + 1000}, as far as a client follows them. It counts its calls, so that tests can
 * tell what an attack cost it.
 */
public final class Network {
  /** The most followers a member has. */
  public static final int FOLLOWERS_PER_MEMBER = 1000;

  private final AtomicInteger calls = new AtomicInteger();
  private final Map<String, AtomicInteger> callsByName = new ConcurrentHashMap<>();

  /** The member numbered {@code id}. */
  public Member member(long id) {
    count("member");
    return new Member(id, "member-" + id);
  }

  /** The members numbered {@code ids}, in one call; numbers below 1 are no one's. */
  public Map<Long, Member> members(Set<Long> ids) {
    count("members");
    return ids.stream().filter(id -> id >= 1).collect(Collectors.toMap(id -> id, id -> new Member(id, "member-" + id)));
  }

  /** The members reported for abuse. */
  public List<Member> flagged() {
    count("flagged");
    return List.of(new Member(13, "member-13"), new Member(42, "member-42"));
  }

  /** The first {@code first} followers of each member, in one call. */
  public Map<Member, List<Member>> followers(List<Member> members, int first) {
    count("followers");
    int size = Math.max(0, Math.min(first, FOLLOWERS_PER_MEMBER));
    return members.stream()
        .collect(
            Collectors.toMap(
                member -> member,
                member -> {
                  List<Member> followers = new ArrayList<>(size);
                  for (int i = 1; i <= size; i++) {
                    long id = member.id() * 10 + i;
                    followers.add(new Member(id, "member-" + id));
                  }
                  return followers;
                },
                (a, b) -> a));
  }

  /** How many comments each member has written. */
  public static final int COMMENTS_PER_MEMBER = 100;

  /** The length of each comment. */
  public static final int COMMENT_LENGTH = 2000;

  private static final String COMMENT = "c".repeat(COMMENT_LENGTH);

  /** The comments of each member, in one call: 200 KB of text per member. */
  public Map<Member, List<String>> comments(List<Member> members) {
    count("comments");
    List<String> comments = java.util.Collections.nCopies(COMMENTS_PER_MEMBER, COMMENT);
    return members.stream().collect(Collectors.toMap(member -> member, member -> comments, (a, b) -> a));
  }

  /** The reputation of each member, in one call. */
  public Map<Long, Integer> reputations(Set<Long> memberIds) {
    count("reputations");
    return memberIds.stream().collect(Collectors.toMap(id -> id, id -> (int) (id % 100)));
  }

  private void count(String name) {
    calls.incrementAndGet();
    callsByName.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
  }

  /** How many calls the backend has answered. */
  public int calls() {
    return calls.get();
  }

  /** How many calls of {@code name} the backend has answered. */
  public int calls(String name) {
    AtomicInteger count = callsByName.get(name);
    return count == null ? 0 : count.get();
  }
}
