// orm: sequelize
// items: emails
// queries: before=n after=batches(distinct(items))
import type { ModelStatic } from 'sequelize';

import { Op } from 'sequelize';

export async function run(db: { User: ModelStatic<any> }, items: string[]) {
  const ids = [];
  const emails = Array.from(new Set(items));
  const userByEmail = new Map();
  for (let i = 0; i < emails.length; i += 500) {
    const rows = await db.User.findAll({ where: { email: { [Op.in]: emails.slice(i, i + 500) } } });
    for (const row of rows) if (!userByEmail.has(row.email)) userByEmail.set(row.email, row);
  }
  for (const email of items) {
    const user = userByEmail.get(email) ?? null;
    ids.push(user?.id ?? null);
  }
  return ids;
}
