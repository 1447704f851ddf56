// What a back-office case is about, and where it stands.
export type CaseKind = 'agreement' | 'product-order';
/** QUEUED: waits for an operator; AWAITING-CUSTOMER: a question is open; then decided. */
export type CaseState = 'QUEUED' | 'AWAITING-CUSTOMER' | 'APPROVED' | 'DECLINED';
