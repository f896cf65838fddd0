export { applyTransform, getTransform, resolveTransforms, transforms, transformIds, UnknownTransformError } from './engine/registry';
export { runTransforms } from './engine/apply';
export { parserForFile } from './engine/parse';
export type {
  Change, Skip, Decision, Safety, FileError, ParserName, PerfTransform, TransformContext, TransformOptions, TransformResult,
} from './engine/types';
export type { TypeOracle, TypeFacts, ValueKind } from './analysis/types/oracle';
