// orm: knex
// items: userIds
import type { Knex } from 'knex';

export async function run(db: { knex: Knex }, items: number[]) {
  const out = [];
  for (const id of items) {
    const user = await db.knex('users').where({ id }).first();
    out.push(user ? user.name : null);
    await db.knex('users').where({ id }).update({ name: 'seen' });
  }
  return out;
}
