export { handleProofreadingNotes, Proofreading, type ProofreadingOptions, type ProofreadingStorage } from './extension.ts';
export { findingAt, placedFindings, proofreadingKey, proofreadingState, underlineClass, type PlacedFinding, type ProofreadingState, type ProofreadingStatus } from './proofreadingPlugin.ts';
