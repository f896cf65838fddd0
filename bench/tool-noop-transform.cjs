'use strict';
// The jscodeshift floor: parse each file (jscodeshift + recast), change nothing.
module.exports = function noop(file, api) {
  api.jscodeshift(file.source);
  return undefined;
};
