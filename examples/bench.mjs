// A workload for the examples: the order and permission code runs on realistic sizes (hot);
// the tag and banned-id code runs on a handful of items (cold); the search trap does real work
// that no transform can rewrite. TypeScript runs from build/ (`npm run build`, with source maps).
import { ordersWithCustomers, totalsByUserName } from './src/orders.js';
import { titlesMatchingAnyWord } from './src/search.js';
import { grantedPermissions, activeUserIds } from './build/permissions.js';
import { postsForFollowedTags, recurringTags } from './build/tags.js';

const users = Array.from({ length: 10000 }, (_, i) => ({ id: i, name: `user${i}` }));
const orders = Array.from({ length: 10000 }, (_, i) => ({ id: i, userId: (i * 7919) % 12000, total: i % 100 }));
const required = Array.from({ length: 10000 }, (_, i) => `perm:${i}`);
const roles = Array.from({ length: 30 }, (_, r) => ({ name: `role${r}`, grants: Array.from({ length: 300 }, (_, i) => `perm:${r * 400 + i}`) }));
const titles = Array.from({ length: 20000 }, (_, i) => `Release notes ${i}: faster builds and smaller bundles`);
const words = ['Perf', 'bundle', 'cache', 'worker', 'stream'];

let checksum = 0;
for (let round = 0; round < 3; round++) {
  checksum += ordersWithCustomers(users, orders).length;
  checksum += grantedPermissions(required, roles).length;
  checksum += titlesMatchingAnyWord(titles, words).length;
}
checksum += Object.keys(totalsByUserName(users.slice(0, 5), orders.slice(0, 5))).length;
checksum += activeUserIds([1, 2, 3], [2]).length;
checksum += postsForFollowedTags([{ id: 'p', tagIds: ['a'] }], ['a']).length;
checksum += recurringTags(['a', 'b'], ['b']).length;
console.log(checksum);
