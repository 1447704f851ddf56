// Whether a webhook URL reaches only public addresses: its host is looked up, and every
// address it resolves to must be public. Asked at registration and again before each
// delivery (a name may resolve elsewhere later).
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isPrivateAddress } from '../../domain/webhooks/private-target.js';

/** Null when public; else what is wrong, for the caller. */
export async function privateTargetProblem(url: string): Promise<string | null> {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return 'is not a URL';
  }
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true })).map((a) => a.address);
    } catch {
      return `names a host (${host}) that does not resolve`;
    }
  }
  const bad = addresses.find(isPrivateAddress);
  return bad
    ? `points to a private, loopback or link-local address (${bad}); this vpp refuses such webhook targets (an operator may allow them with --private-webhooks allow)`
    : null;
}
