export { runWorkflow, needsWorkflow, CommandFailedError, DEFAULT_MIN_SPEEDUP, DEFAULT_RUNS, type WorkflowOptions, type WorkflowResult } from './run-workflow';
export { findCulprits } from './bisect';
export { median, ratio } from './measure';
export type { MeasureRecord, ProfileRecord, VerifyRecord, WorkflowRecords } from './types';
