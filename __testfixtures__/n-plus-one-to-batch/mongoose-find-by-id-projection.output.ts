// orm: mongoose
// items: userIds
// queries: before=n after=batches(distinct(items.map((k) => String(k))))
// A projection that keeps _id is carried to the batched find.
import type { Model } from 'mongoose';

export async function run(db: { User: Model<any> }, items: unknown[]) {
  const emails = [];
  const userIds = Array.from(new Map(items.map((userId) => [String(userId), userId])).values());
  const userById = new Map();
  for (let i = 0; i < userIds.length; i += 500) {
    const rows = await db.User.find({ _id: { $in: userIds.slice(i, i + 500) } }, { email: 1 }).lean();
    for (const row of rows) userById.set(String(row._id), row);
  }
  for (const userId of items) {
    const user = userById.get(String(userId)) ?? null;
    if (!user) continue;
    emails.push(user.email);
  }
  return emails;
}
