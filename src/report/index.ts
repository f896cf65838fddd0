import { jsonReport } from './json';
import { markdownReport } from './markdown';
import { sarifReport } from './sarif';
import { textReport } from './text';
import type { ReportFormat, ReportInput, ReportOptions } from './types';

export { unifiedDiff } from './diff';
export { jsonReport, markdownReport, sarifReport, textReport };
export { REPORT_FORMATS, countsByTransform } from './types';
export type { ReportFormat, ReportInput, ReportOptions } from './types';

export function renderReport(format: ReportFormat, input: ReportInput, options: ReportOptions = {}): string {
  switch (format) {
    case 'text':
      return textReport(input, options);
    case 'json':
      return jsonReport(input, options);
    case 'markdown':
      return markdownReport(input, options);
    case 'sarif':
      return sarifReport(input, options);
  }
}
