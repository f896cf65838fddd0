// In sloppy-mode scripts (CommonJS files without 'use strict') `arguments[1]` and the parameter
// `allowed` are one variable: writing it, or handing `arguments` to other code, may swap the
// scanned array mid-loop. The transform cannot tell a script from a module, so it leaves these alone.
export function admitted(ids, allowed) {
  const out = [];
  for (const id of ids) {
    if (allowed.includes(id)) out.push(id);
    arguments[1] = [];
  }
  return out;
}

export function admittedAfterReset(ids, allowed) {
  return ids.filter((id) => {
    resetAll(arguments);
    return allowed.indexOf(id) !== -1;
  });
}

function resetAll(args) {
  args[1] = [];
}
