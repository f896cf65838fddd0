// Edge cases found in production data: `node edge-cases.test.mjs` (after `npm run build`).
import assert from 'node:assert/strict';
import { ordersWithCustomers } from './src/orders.js';

// Rows imported from a CSV whose user id did not parse: Number('n/a') is NaN on both sides,
// and `===` never matches NaN, so such an order has no customer.
const users = [{ id: Number('n/a'), name: 'ghost' }, { id: 1, name: 'ada' }];
const orders = [{ id: 7, userId: Number('n/a'), total: 3 }, { id: 8, userId: 1, total: 4 }];
assert.deepEqual(ordersWithCustomers(users, orders).map((o) => o.customerName), ['unknown', 'ada'], 'an order whose user id did not parse has no customer');
console.log('edge cases pass');
