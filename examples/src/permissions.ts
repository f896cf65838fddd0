export interface Role {
  name: string;
  grants: string[];
}

/** Permissions the user holds that the route requires. */
export function grantedPermissions(required: string[], roles: Role[]): string[] {
  const held: string[] = roles.flatMap((role) => role.grants);
  return required.filter((permission) => held.includes(permission));
}

/** Users whose id is not in the banned list. */
export function activeUserIds(userIds: number[], bannedIds: number[]): number[] {
  return userIds.filter((id) => !bannedIds.includes(id));
}
