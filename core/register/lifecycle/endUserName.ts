import type { Deal } from "../../model/types";

/** Placeholders a pipeline uses when the end user is not known: the board then sees the account name, marked. */
const UNDISCLOSED = /^\(?\s*(not disclosed|undisclosed|unknown|n\/?a|tbc|tbd|-)\s*\)?$/i;

/** Who will use the product, which is what the board weighs; the account or reseller only when the end user is not named. */
export function endUserName(deal: Pick<Deal, "endUserName" | "customer">): string {
  const name = deal.endUserName.trim();
  if (name && !UNDISCLOSED.test(name)) return name;
  return `${deal.customer.trim() || "-"} (end user not named)`;
}
