package dev.reviewpanel.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** A pull (or merge) request of a fake provider, with everything posted on it. */
public final class FakePullRequest {

  /** A general comment (GitHub issue comment, GitLab note), with how often it was edited. */
  public record Comment(String id, String body, int edits) {}

  /** A comment on a line of the diff. */
  public record LineComment(
      String id, String path, int line, String side, String commitId, String body) {}

  /** A submitted review (GitHub) with its body and how many line comments it carried. */
  public record Review(String commitId, String event, String body, int comments) {}

  private static final AtomicLong IDS = new AtomicLong(1000);

  final FakeRepository repository;
  final String number;
  volatile String base;
  volatile String head;
  volatile boolean draft;
  volatile boolean open = true;
  final String headRef;
  final List<Comment> comments = new ArrayList<>();
  final List<LineComment> lineComments = new ArrayList<>();
  final List<Review> reviews = new ArrayList<>();

  FakePullRequest(
      FakeRepository repository, String number, String base, String head, String headRef) {
    this.repository = repository;
    this.number = number;
    this.base = base;
    this.head = head;
    this.headRef = headRef;
  }

  /** A new commit on the pull request's branch. */
  public void push(String sha) {
    head = sha;
  }

  public void draft(boolean draft) {
    this.draft = draft;
  }

  public String head() {
    return head;
  }

  public String base() {
    return base;
  }

  public synchronized List<Comment> comments() {
    return List.copyOf(comments);
  }

  public synchronized List<LineComment> lineComments() {
    return List.copyOf(lineComments);
  }

  public synchronized List<Review> reviews() {
    return List.copyOf(reviews);
  }

  static String nextId() {
    return String.valueOf(IDS.incrementAndGet());
  }

  synchronized Comment addComment(String body) {
    Comment comment = new Comment(nextId(), body, 0);
    comments.add(comment);
    return comment;
  }

  synchronized boolean editComment(String id, String body) {
    for (int i = 0; i < comments.size(); i++) {
      if (comments.get(i).id().equals(id)) {
        comments.set(i, new Comment(id, body, comments.get(i).edits() + 1));
        return true;
      }
    }
    return false;
  }
}
