package org.openneighbourhood.api.access.entity;

import org.openneighbourhood.api.problem.entity.RecordNotFoundException;

/**
 * The policy refused a record for how the caller stands to it (no part in the person's care, a
 * referral that is not their organisation's, consent ended), answered exactly as a record that does
 * not exist: were it 403, the status alone would tell an outsider that someone with this id or NHS
 * number is known here. The refusal is still written to the audit log as denied before this is
 * thrown. A refusal that does not depend on the record (a role the operation never admits, a
 * missing SMART scope) stays a 403 {@link AccessDeniedException}.
 *
 * <p>A separate type so that a search naming a person can answer it as it answers no one found (an
 * empty result), and a read of a part of a record (a goal, a task) can name that part as its own
 * not-found does.
 */
public class HiddenRecordException extends RecordNotFoundException {

  public HiddenRecordException(String what) {
    super(what);
  }
}
