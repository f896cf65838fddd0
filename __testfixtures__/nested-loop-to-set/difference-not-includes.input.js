/**
 * Files in the new listing that were not in the old one.
 * @param {string[]} current
 * @param {string[]} previous
 */
// @perfmod-check addedFiles(g.array(g.key()), g.array(g.key()))
export function addedFiles(current, previous) {
  const added = current.filter(function (file) {
    return !previous.includes(file);
  });
  return added.sort();
}
