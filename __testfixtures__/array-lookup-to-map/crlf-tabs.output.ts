interface User {
	id: string;
	name: string;
}

// A file indented with tabs and ending its lines with CRLF: node positions index into the text
// the parser saw, and the rewritten lines keep the file's tabs and line ends.
// @perfmod-check ownerNames(g.array(g.record({ userId: g.str() })), g.array(g.record({ id: g.str(), name: g.str() })))
export function ownerNames(orders: { userId: string }[], users: User[]): string {
	const names: string[] = [];
	const userById = new Map<string, User>();
	for (const user of users) if (!userById.has(user.id)) userById.set(user.id, user);
	for (const order of orders) {
		const owner = userById.get(order.userId);
		names.push(owner ? owner.name : `?
    (template text keeps its spaces)`);
	}
	return names.join(',');
}
