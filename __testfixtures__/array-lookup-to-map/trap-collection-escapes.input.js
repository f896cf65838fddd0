import { refresh } from './store.js';

// The collection is handed to unknown code inside the loop, which may change it.
export function sync(ids, users) {
  const out = [];
  for (const id of ids) {
    refresh(users);
    out.push(users.find((u) => u.id === id));
  }
  return out;
}
