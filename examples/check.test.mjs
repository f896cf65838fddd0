// The examples' tests: `node check.test.mjs` (run `npm run build` first for the TypeScript files).
import assert from 'node:assert/strict';
import { ordersWithCustomers, totalsByUserName } from './src/orders.js';
import { titlesMatchingAnyWord, hasWildcard } from './src/search.js';
import { grantedPermissions, activeUserIds } from './build/permissions.js';
import { postsForFollowedTags, recurringTags } from './build/tags.js';

const users = [{ id: 1, name: 'ada' }, { id: 2, name: 'bob' }];
const orders = [{ id: 10, userId: 2, total: 5 }, { id: 11, userId: 3, total: 7 }, { id: 12, userId: 2, total: 1 }];
assert.deepEqual(ordersWithCustomers(users, orders).map((o) => o.customerName), ['bob', 'unknown', 'bob']);
assert.deepEqual(totalsByUserName(users, orders), { bob: 6 });
assert.deepEqual(grantedPermissions(['read', 'write', 'admin'], [{ name: 'r', grants: ['read'] }, { name: 'w', grants: ['write'] }]), ['read', 'write']);
assert.deepEqual(activeUserIds([1, 2, 3, 2], [2]), [1, 3]);
assert.deepEqual(postsForFollowedTags([{ id: 'a', tagIds: ['x'] }, { id: 'b', tagIds: ['y', 'z'] }], ['z']).map((p) => p.id), ['b']);
assert.deepEqual(recurringTags(['a', 'b', 'b'], ['b']), ['b', 'b']);
assert.deepEqual(titlesMatchingAnyWord(['Fast Builds', 'slow'], ['build']), ['Fast Builds']);
assert.equal(hasWildcard('a*'), true);
console.log('examples: all checks pass');
