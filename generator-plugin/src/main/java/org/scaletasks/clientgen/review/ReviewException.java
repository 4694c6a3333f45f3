package org.scaletasks.clientgen.review;

/** Thrown when a review cannot run: the baseline is missing or a document cannot be compared. */
public final class ReviewException extends Exception {

  private static final long serialVersionUID = 1L;

  public ReviewException(String message) {
    super(message);
  }

  public ReviewException(String message, Throwable cause) {
    super(message, cause);
  }
}
