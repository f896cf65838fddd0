/**
 * Files in the new listing that were not in the old one.
 * @param {string[]} current
 * @param {string[]} previous
 */
// @perfmod-check addedFiles(g.array(g.key()), g.array(g.key()))
export function addedFiles(current, previous) {
  const previousSet = new Set(previous);
  const added = current.filter(function (file) {
    return !previousSet.has(file);
  });
  return added.sort();
}
