// orm: sequelize
// items: userIds
// queries: before=n after=batches(distinct(items))
import type { ModelStatic, Model } from 'sequelize';

import { Op } from 'sequelize';

export async function run(db: { User: ModelStatic<Model<any, any>> }, items: number[]) {
  const emails: (string | null)[] = [];
  const ids = Array.from(new Set(items));
  const userByPk = new Map();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.User.findAll({ where: { [db.User.primaryKeyAttribute]: { [Op.in]: ids.slice(i, i + 500) } } });
    for (const row of rows) userByPk.set(row.get(db.User.primaryKeyAttribute), row);
  }
  for (const id of items) {
    const user = userByPk.get(id) ?? null;
    emails.push(user ? (user.get('email') as string) : null);
  }
  return emails;
}
