export { runWorkflow, CommandFailedError, type WorkflowOptions, type WorkflowResult } from './run-workflow';
export { findHotspots, type Hotspot } from './hotspots';
