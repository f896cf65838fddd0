// orm: mongoose
// items: userIds
import 'mongoose';

export async function run(db, items) {
  const out = [];
  for (const id of items) {
    const user = await db.User.findById(id);
    if (!user) continue;
    out.push(user.name);
    user.name = `${user.name}.`;
    await user.save();
  }
  return out;
}
