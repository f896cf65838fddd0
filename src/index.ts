export { applyTransform, getTransform, resolveTransforms, transforms, transformIds, UnknownTransformError } from './engine/registry';
export { runTransforms } from './engine/apply';
export { parserForFile } from './engine/parse';
export type {
  Change, Skip, Decision, Safety, FileError, RunRecords, ParserName, PerfTransform, TransformContext, TransformOptions, TransformResult,
} from './engine/types';
export type { TypeOracle, TypeFacts, ValueKind } from './analysis/types/oracle';
export { runCodemods, type RunOptions, type RunResult, type TransformSelector } from './runner/run';
export { discoverFiles, MissingPathError, ShardFormatError, type Shard } from './runner/discover';
export { loadConfig, ConfigError, type PerfmodConfig } from './runner/config';
export { renderReport, unifiedDiff, REPORT_FORMATS, type ReportFormat, type ReportInput, type ReportOptions } from './report';
export { runWorkflow, CommandFailedError, findHotspots, type WorkflowOptions, type WorkflowResult, type Hotspot } from './workflow/api';
export { readCpuProfiles, buildHeat, hotLines, type CpuProfile, type Heat, type FileHeat } from './profile';
export { TreeLockedError } from './runner/lock';
