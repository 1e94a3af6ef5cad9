/**
 * Reviewers' decisions: dispositions imported from CSV or made in the workbench, keyed on the evidence hash, which
 * suppress a dismissed match until the listing's matched fields change or a stronger reason appears. For the
 * workbench: the state of each candidate of the latest complete run per store ({@link CandidateStates}), the
 * keyset-paged queue ({@link CandidateQueue}), a candidate's page ({@link CandidateDetails}) and decisions with
 * four eyes on dismissing a CONFIRMED-tier match ({@link Decisions}), and who has an open candidate in front of them
 ({@link Claims}), so "Next in queue" leads reviewers to different apps, and their notes ({@link Notes}). Roles are the web layer's; the rule that the
 * approver is not the dismisser is enforced here.
 */
package dev.delist.review;
