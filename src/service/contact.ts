/**
 * Where readers write about the data (an e-mail address or a web address), given at build by `SITE_CONTACT`.
 * The operator of the site knows it; the code does not invent one, so without it no contact line is shown.
 */
export const CONTACT = process.env.SITE_CONTACT?.trim() || null;

/** A link target for the contact: `mailto:` for an address, the address itself for a web page. */
export function contactHref(contact: string): string {
  return contact.includes('@') && !contact.includes('/') ? `mailto:${contact}` : contact;
}
