'use strict';
// The parser floor: read every file and parse it once with @babel/parser (perfmod's plugins and
// tokens, no recast), as a separate process like the others. Usage: node tool-parse-floor.cjs LIST
const fs = require('node:fs');
const path = require('node:path');
const { parse } = require('@babel/parser');
const PLUGINS = ['jsx', 'decorators-legacy', 'classProperties', 'importAttributes', 'explicitResourceManagement'];
let failed = 0;
for (const file of fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)) {
  const ts = /\.(ts|tsx|mts|cts)$/.test(file);
  const plugins = ts ? ['typescript', ...(file.endsWith('.tsx') ? PLUGINS : PLUGINS.filter((p) => p !== 'jsx'))] : PLUGINS;
  try {
    parse(fs.readFileSync(path.resolve(file), 'utf8'), { sourceType: 'module', allowImportExportEverywhere: true, allowReturnOutsideFunction: true, tokens: true, plugins });
  } catch {
    failed++;
  }
}
if (failed) process.stderr.write(`${failed} files did not parse\n`);
