// orm: sequelize
// items: emails
// queries: before=n after=batches(distinct(items))
import type { ModelStatic } from 'sequelize';

export async function run(db: { User: ModelStatic<any> }, items: string[]) {
  const ids = [];
  for (const email of items) {
    const user = await db.User.findOne({ where: { email } });
    ids.push(user?.id ?? null);
  }
  return ids;
}
