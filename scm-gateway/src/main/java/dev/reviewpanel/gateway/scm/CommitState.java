package dev.reviewpanel.gateway.scm;

/** The state of the gateway's commit status. */
public enum CommitState {
  PENDING,
  SUCCESS,
  FAILURE,
  ERROR
}
