/**
 * Who performs a write: the audit log records the name; review and key writes also check the role,
 * so they ask for a user role (ReviewUser), while the app's own writes act as 系统 with role 'system'.
 */
export interface Actor<Role extends string = string> {
  readonly name: string;
  readonly role: Role;
}
