// orm: mongoose
// items: userIds
// queries: before=n after=batches(distinct(items.map((k) => String(k))))
// A projection that keeps _id is carried to the batched find.
import type { Model } from 'mongoose';

export async function run(db: { User: Model<any> }, items: unknown[]) {
  const emails = [];
  for (const userId of items) {
    const user = await db.User.findById(userId, { email: 1 }).lean();
    if (!user) continue;
    emails.push(user.email);
  }
  return emails;
}
