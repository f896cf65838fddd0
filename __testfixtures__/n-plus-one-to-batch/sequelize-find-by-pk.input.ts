// orm: sequelize
// items: userIds
// queries: before=n after=batches(distinct(items))
import type { ModelStatic, Model } from 'sequelize';

export async function run(db: { User: ModelStatic<Model<any, any>> }, items: number[]) {
  const emails: (string | null)[] = [];
  for (const id of items) {
    const user = await db.User.findByPk(id);
    emails.push(user ? (user.get('email') as string) : null);
  }
  return emails;
}
