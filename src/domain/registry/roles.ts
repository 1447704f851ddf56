// Registry roles and what they allow: only the CEO (daglig leder) or the chair
// (styreleder) may sign a merchant agreement, and they reach the portal by their role.
export type RegistryRole = 'CEO' | 'CHAIR' | 'BOARD_MEMBER';

export const ROLE_LABEL: Record<string, string> = {
  CEO: 'CEO (daglig leder)',
  CHAIR: 'Chair of the board (styreleder)',
  BOARD_MEMBER: 'Board member (styremedlem)',
};

export const SIGNING_ROLES: readonly string[] = ['CEO', 'CHAIR'];

export function maySign(roles: readonly string[]): boolean {
  return roles.some((r) => SIGNING_ROLES.includes(r));
}
