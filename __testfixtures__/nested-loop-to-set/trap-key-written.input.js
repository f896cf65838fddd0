// The key field is rewritten inside the loop: a Set of keys built before it would be stale.
// @perfmod-check relink(g.array(g.record({ id: g.key(), parentId: g.key() })), g.array(g.record({ id: g.key() })))
export function relink(children, parents) {
  return children.filter((child) => {
    const linked = parents.some((parent) => parent.id === child.parentId);
    parents[0].id = child.id;
    return linked;
  });
}
