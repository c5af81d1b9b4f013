import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, ProgressBar, Subtitle2, Text } from "@fluentui/react-components";
import type { Profile } from "../../core";
import type { ScoringContext } from "../../core";
import { scoreTable } from "../../core";
import { buildRegister } from "../../core";
import { registerInputFromScore } from "../../core";
import { summariseRegister } from "../../core";
import { basisSourcesOf, parseReviews, reviewLookup, serializeReviews } from "../../core";
import type { Reviews } from "../state/useReviews";
import { addDashboardSheet } from "../excel/addDashboardSheet";
import { readSourceRows } from "../excel/previewSource";
import type { SourceRef } from "../excel/sourceRef";
import { deliverText, deliverWorkbook } from "./delivery";
import { SourcePicker } from "./SourcePicker";
import { usePaneStyles } from "./paneStyles";

interface Props {
  profile: Profile;
  ctx: ScoringContext;
  /** The workbook's decision records: the register's owner, treatment, due and review columns come from them. */
  reviews: Reviews;
  today?: () => string;
}

/** A chosen file's text (FileReader: older Office web views have no Blob.text). */
function fileText(f: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error(`${f.name} could not be read`));
    r.readAsText(f);
  });
}

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The board register workbook, built in the pane with the same core builder as `export-risk register`. */
export function RegisterView({ profile, ctx, reviews, today = () => new Date().toISOString().slice(0, 10) }: Props) {
  const s = usePaneStyles();
  const [source, setSource] = useState<SourceRef>();
  const [title, setTitle] = useState("Export risk register");
  const [asOf, setAsOf] = useState(today);
  const [busy, setBusy] = useState<string>();
  const [message, setMessage] = useState<{ intent: "success" | "warning" | "error"; text: string }>();

  const scored = async () => {
    if (!source) return undefined;
    const read = await readSourceRows(source);
    if ("error" in read) {
      setMessage({ intent: "error", text: read.error });
      return undefined;
    }
    try {
      return { read, table: scoreTable(read.rows, ctx, { firstRowNumber: read.firstRowNumber }) };
    } catch (e) {
      setMessage({ intent: "error", text: `${read.address}: ${(e as Error).message}` });
      return undefined;
    }
  };

  const download = async () => {
    setMessage(undefined);
    setBusy("Reading and scoring the deals");
    try {
      const got = await scored();
      if (!got) return;
      setBusy("Building the workbook");
      // exceljs is large: loaded only when a register is made.
      const ExcelJS = await import("exceljs");
      const book = new ExcelJS.Workbook();
      const input = registerInputFromScore(got.table, ctx, {
        title,
        asOf,
        source: { file: "this workbook", sheet: got.read.sheet },
        generator: "Cyber Export Risk task pane",
      });
      // Records that could not be read are left out: the register then shows no deal as signed off, never a guess.
      const signOffs =
        reviews.status !== "loading" && !reviews.unreadable
          ? {
              reviews: reviewLookup(reviews.records, basisSourcesOf(ctx), asOf),
              lifecycle: { reviews: { file: "this workbook", records: reviews.records.length } },
            }
          : {};
      const summary = await buildRegister(book, { ...input, ...signOffs });
      const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
      const name = `risk-register-${asOf}.xlsx`;
      const delivered = await deliverWorkbook(name, bytes, xlsxType);
      const unread = reviews.unreadable
        ? ` The decision records stored in this workbook could not be read, so no deal shows as signed off: ${reviews.unreadable}`
        : "";
      const what = `Register of ${summary.deals} deals (${summary.scored} scored, ${summary.errors} with input errors)`;
      setMessage(
        delivered.how === "failed"
          ? { intent: "error", text: `${what} was built but could not be delivered: ${delivered.error}` }
          : delivered.how === "opened"
            ? {
                intent: unread ? "warning" : "success",
                text: `${what} opened as a new workbook in Excel: save it from there as ${name}.${unread}`,
              }
            : {
                intent: unread ? "warning" : "success",
                text: `${what} offered as the download ${name}; save it where the board's papers are kept.${unread}`,
              },
      );
    } catch (e) {
      setMessage({ intent: "error", text: `The register could not be built: ${(e as Error).message}` });
    } finally {
      setBusy(undefined);
    }
  };

  const exportReviews = async () => {
    setMessage(undefined);
    const delivered = await deliverText("reviews.json", serializeReviews(reviews.records), "application/json");
    const what = `${reviews.records.length} decision record(s)`;
    setMessage(
      delivered.how === "failed"
        ? { intent: "error", text: `${what} could not be exported: ${delivered.error}` }
        : delivered.how === "clipboard"
          ? { intent: "success", text: `${what} copied to the clipboard: paste them into reviews.json for export-risk --reviews.` }
          : { intent: "success", text: `${what} offered as the download reviews.json, for export-risk register --reviews.` },
    );
  };

  const importReviews = async (file: File | undefined) => {
    if (!file) return;
    setMessage(undefined);
    let text: string;
    try {
      text = await fileText(file);
    } catch (e) {
      setMessage({ intent: "error", text: `Nothing imported: ${(e as Error).message}` });
      return;
    }
    const parsed = parseReviews(text, file.name);
    if (!parsed.ok) {
      setMessage({ intent: "error", text: `Nothing imported: ${parsed.message}` });
      return;
    }
    const r = await reviews.importRecords(parsed.reviews);
    setMessage(
      typeof r === "string"
        ? { intent: "error", text: `Nothing imported: ${r}` }
        : {
            intent: "success",
            text: `${r.added} decision record(s) from ${file.name} added to this workbook (${parsed.reviews.length - r.added} already in it).`,
          },
    );
  };

  const dashboard = async () => {
    setMessage(undefined);
    setBusy("Adding the dashboard sheet");
    try {
      const got = await scored();
      if (!got) return;
      const r = await addDashboardSheet(summariseRegister(got.table.results), profile, asOf);
      setMessage(
        "error" in r
          ? { intent: "error", text: r.error }
          : { intent: "success", text: `Added sheet '${r.sheet}' with charts of the band counts and exposure by country.` },
      );
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className={s.view} aria-label="Board register">
      <section className={s.section} aria-labelledby="reg-heading">
        <Subtitle2 as="h2" id="reg-heading">
          Board risk register
        </Subtitle2>
        <Text className={s.prompt}>
          A standalone workbook for the board: read-me, dashboard, register, partners, methodology, reference data and input errors - the
          same file as the export-risk register command.
        </Text>
        <SourcePicker value={source} onChange={setSource} />
        <Field label="Title">
          <Input value={title} onChange={(_, d) => setTitle(d.value)} />
        </Field>
        <Field label="As of" hint="The register's date (YYYY-MM-DD).">
          <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} />
        </Field>
        <Button appearance="primary" disabled={!source || busy !== undefined} onClick={() => void download()}>
          Download register (.xlsx)
        </Button>
        <Button disabled={!source || busy !== undefined} onClick={() => void dashboard()}>
          Add dashboard sheet with charts
        </Button>
        <Text className={s.muted}>
          {reviews.status === "loading"
            ? "Reading the decision records stored in this workbook."
            : reviews.unreadable
              ? `The decision records stored in this workbook could not be read: ${reviews.unreadable}`
              : `${reviews.records.length} decision record(s) stored in this workbook fill the register's sign-off columns.`}
        </Text>
        <Button
          disabled={reviews.status === "loading" || !!reviews.unreadable || reviews.records.length === 0}
          onClick={() => void exportReviews()}
        >
          Export decision records (reviews.json)
        </Button>
        <Field
          label="Import decision records (reviews.json)"
          hint="A file written by export-risk review: its records are added to this workbook's."
        >
          <input
            type="file"
            accept="application/json,.json"
            aria-label="Import decision records (reviews.json)"
            disabled={reviews.status === "loading" || !!reviews.unreadable}
            onChange={(e) => {
              const input = e.currentTarget;
              void importReviews(input.files?.[0]).finally(() => (input.value = ""));
            }}
          />
        </Field>
      </section>
      {busy && (
        <Field label={busy}>
          <ProgressBar />
        </Field>
      )}
      {message && (
        <MessageBar intent={message.intent} layout="multiline" role="status">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
