export { runCodemods, chooseWorkerCount, type RunOptions, type RunResult, type TransformSelector } from './run';
export { discoverFiles, displayPath, parseShard, shardSlice, MissingPathError, ShardFormatError, DEFAULT_EXTENSIONS, type Shard, type DiscoverOptions } from './discover';
export { loadConfig, validateConfig, ConfigError, type PerfmodConfig } from './config';
export { readSource, readSourceFile, writeSourceAtomic, SkipFileError } from './file-io';
export { acquireTreeLock, TreeLockedError, type TreeLock } from './lock';
