/**
 * A copy of `text` that shares no memory with a larger string. A string cut out of a larger one
 * (a cell parsed out of a 64 KB block of a CSV file) keeps that whole block alive while it is
 * held, so what the register keeps to the end of a run (partner names, the deal IDs of its
 * lists) is copied: a million-deal register then does not hold its input file's text.
 */
export const ownText = (text: string): string => JSON.parse(JSON.stringify(text)) as string;
