export { parseCpuProfile, profileFiles, readCpuProfiles, ProfileError, type CpuProfile, type ProfileNode } from './cpuprofile';
export { buildHeat, fileHeat, hotLines, profileSamples, regionSamples, type FileHeat, type Heat, type HotLine, type LineStack } from './heat';
export { SourceMapper } from './source-maps';
export { FileMatcher, normalizePath, urlToPath } from './urls';
export { coldReason, DEFAULT_MIN_SHARE, percent } from './share';
