/** An email vpp sends: the outbox delivers it and the mailbox shows it. */
export interface NewEmail { to: string; subject: string; body: string }
