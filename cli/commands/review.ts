import { Command, Option } from "commander";
import { createDealScorer, createReview, type IntakeMapping, type ScoredRow, type ScoringContext } from "../../core";
import { basisSourcesOf, dealBasis } from "../../core";
import { parseReviews, serializeReviews } from "../../core";
import { REVIEW_DECISIONS, TREATMENTS, type ReviewCondition } from "../../core";
import { assertNotAnInput } from "../assertNotAnInput";
import { openDealTable } from "../input/openDealTable";
import { tableWidth } from "../input/tableWidth";
import { loadScoringContext, scoringFlagFiles, type ScoringFlags } from "../loadContext";
import { loadMapping } from "../loadMapping";
import { localToday } from "../loadReviews";
import { collect } from "../loadScreener";
import { FileError } from "../readTableFile";
import { createHeapTrim } from "../heapTrim";
import { runCommand } from "../runCommand";
import { nodeSha256 } from "../nodeSha256";
import { updateFileLocked } from "../updateFileLocked";

interface ReviewOpts extends ScoringFlags {
  reviews: string;
  deal: string;
  decision: string;
  reviewer: string;
  approver?: string;
  boardApproval?: string;
  overrideReason?: string;
  treatment?: string;
  condition: string[];
  reviewBy?: string;
  date?: string;
  notes?: string;
  evidence: string[];
  sheet?: string;
  asAt?: string;
}

/** "text; owner; YYYY-MM-DD" - the text may itself contain semicolons, so owner and date are the last two parts. */
export function parseCondition(value: string): ReviewCondition {
  const parts = value.split(";");
  if (parts.length < 3) throw new FileError(`--condition '${value}' needs three parts: "what; who; YYYY-MM-DD"`);
  const due = parts.pop()!.trim();
  const owner = parts.pop()!.trim();
  return { text: parts.join(";").trim(), owner, due };
}

export function registerReviewCommand(program: Command): void {
  program
    .command("review")
    .description("Record the sign-off of one deal (decision taken, reviewer, approver, conditions, review date) in a reviews JSON file")
    .argument("<file>", "the deal table the deal is in (.csv or .xlsx): it is scored to key the record to the deal as it is now")
    .requiredOption("--reviews <file>", "reviews JSON to add the record to (created when missing)")
    .requiredOption("--deal <id>", "the Deal ID")
    .addOption(new Option("--decision <decision>", "the decision taken").choices([...REVIEW_DECISIONS]).makeOptionMandatory())
    .requiredOption("--reviewer <name>", "who reviewed the deal")
    .option("--approver <name>", "who approved it (required for escalate and for going ahead against decline; not the reviewer)")
    .option("--board-approval <ref>", "board minute or resolution approving a deal the methodology declines")
    .option("--override-reason <text>", "why the decision taken differs from the methodology's")
    .addOption(new Option("--treatment <treatment>", "risk treatment (default: from the decision)").choices([...TREATMENTS]))
    .option("--condition <text>", 'a condition: "what; who; YYYY-MM-DD" (repeat for several)', collect, [])
    .option("--review-by <date>", "review again by this date, YYYY-MM-DD (default: the profile's review period)")
    .option("--date <date>", "date of the sign-off, YYYY-MM-DD (default: today)")
    .option("--notes <text>", "free-text notes")
    .option("--evidence <link>", "a link or reference to evidence (repeat for several)", collect, [])
    .option("--sheet <name>", "worksheet to read from an .xlsx")
    .option("--methodology <id|file>", "shipped methodology id or a profile JSON file, as used for scoring")
    .option("--restrictions <file>", "restrictions table JSON, as used for scoring")
    .option("--wgi <file>", "WGI workbook (.xlsx) or derived table (.json), as used for scoring")
    .option("--mapping <file>", "your CRM's header names and picklist values, as used for scoring (see `export-risk map`)")
    .option("--list <file>", "restricted-party list, as used for scoring; repeat for several", collect, [])
    .option("--decisions <file>", "screening decisions JSON, as used for scoring")
    .option("--list-as-of <date>", "publication date (YYYY-MM-DD) for list files that carry none")
    .option("--as-at <date>", "assess the deal as at this date, YYYY-MM-DD, as used for scoring (default: today)")
    .action((file: string, opts: ReviewOpts) =>
      runCommand(async () => {
        const conditions = opts.condition.map(parseCondition);
        await assertNotAnInput(opts.reviews, "--reviews", [file, ...scoringFlagFiles(opts)]);
        const ctx = await loadScoringContext(opts, opts.asAt);
        const intake = await loadMapping(opts.mapping, ctx);
        const id = opts.deal.trim();
        const { where, row, rows } = await findDeal(file, opts.sheet, id, ctx, intake);
        if (!row) throw new FileError(`${where}: no deal with Deal ID '${id}'`);
        if (rows.length > 1)
          throw new FileError(`${where}: Deal ID '${id}' is on rows ${rows.join(", ")}: give each deal its own ID before signing it off`);
        if (row.status !== "ok")
          throw new FileError(
            `${where}: row ${row.row} (deal '${id}') could not be scored (${row.errors[0]?.message}): fix it before signing it off`,
          );
        const checked = createReview(
          {
            dealId: id,
            decision: opts.decision,
            reviewer: opts.reviewer,
            approver: opts.approver,
            boardApproval: opts.boardApproval,
            overrideReason: opts.overrideReason,
            treatment: opts.treatment,
            conditions,
            reviewBy: opts.reviewBy,
            date: opts.date ?? localToday(),
            notes: opts.notes,
            evidence: opts.evidence,
          },
          row.assessment.decision,
          dealBasis(row.deal, row.assessment, basisSourcesOf(ctx, nodeSha256)),
          ctx.profile,
        );
        if (!checked.ok) throw new FileError(`deal '${id}' not signed off: ${checked.problems.map((p) => p.message).join("; ")}`);
        const record = checked.record;
        await updateFileLocked(opts.reviews, (current) => {
          const parsed = parseReviews(current, opts.reviews);
          if (!parsed.ok) throw new FileError(parsed.message);
          return serializeReviews([...parsed.reviews, record]);
        });
        const approval = record.approver ? `, approved by ${record.approver}` : "";
        const board = record.boardApproval ? ` (board: ${record.boardApproval})` : "";
        const override = record.decision !== record.recommended ? ` - overrides the methodology's ${record.recommended}` : "";
        process.stdout.write(
          `Recorded: deal ${id} ${record.decision}${override}, reviewed by ${record.reviewer}${approval}${board} on ${record.date}` +
            (record.reviewBy ? `; review by ${record.reviewBy}` : "") +
            (record.conditions.length ? `; ${record.conditions.length} condition(s)` : "") +
            ".\n",
        );
        return 0;
      }),
    );
}

/**
 * The deal's row, scored as `score` scores it (the same flags, mapping and sheet), so that its
 * record is keyed to the deal `score --reviews` and `register --reviews` will see. The table is
 * read row by row and only the matching rows are kept; columns not read are reported, as by
 * `score`. Every row with that ID is counted, so a duplicated ID is refused rather than signed off
 * on whichever row came first.
 */
async function findDeal(
  file: string,
  sheet: string | undefined,
  id: string,
  ctx: ScoringContext,
  intake: IntakeMapping | undefined,
): Promise<{ where: string; row: ScoredRow | undefined; rows: number[] }> {
  const { source, where, mapping } = await openDealTable(file, sheet, intake, true);
  const scorer = createDealScorer(mapping, ctx, intake);
  let found: ScoredRow | undefined;
  const trim = createHeapTrim(5_000, 128);
  const rows: number[] = [];
  for await (const batch of source.batches(mapping.headerRow, tableWidth(mapping)))
    for (const r of batch) {
      trim();
      const scored = scorer.score(r.cells, r.number);
      if (!scored || scored.id.trim() !== id) continue;
      rows.push(scored.row);
      found ??= scored;
    }
  return { where, row: found, rows };
}
