#!/usr/bin/env node
'use strict';

let cli;
try {
  cli = require('../dist/src/cli.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist/src/cli.js')) {
    process.stderr.write('perfmod: not built yet; run `npm run build` first\n');
    process.exit(2);
  }
  throw error;
}
cli.cli(process.argv.slice(2));
