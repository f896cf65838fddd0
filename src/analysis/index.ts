// The shared analysis every transform uses: facts about code, never rewrites of it (except the
// statement insertion helper, which knows only syntax).
export * from './ast';
export * from './functions';
export * from './scope';
export * from './mutation';
export * from './evidence';
export * from './naming';
export * from './insert';
export * from './loops';
export * from './equality';
export * from './purity';
export type { TypeOracle, TypeFacts, ValueKind } from './types/oracle';
export * from './imports';
export * from './hazards';
export * from './index-validity';
export * from './layout';
export * from './stable-names';
export * from './dependence';
