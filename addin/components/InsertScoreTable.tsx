import { useState } from "react";
import { Button, MessageBar, MessageBarBody, Subtitle2, Text } from "@fluentui/react-components";
import { insertScoreTable, type InsertOutcome } from "../excel/insertScoreTable";
import type { SourceRef } from "../excel/sourceRef";
import { usePaneStyles } from "./paneStyles";

/**
 * The formula way to score a table: one =EXPORTRISK.SCORETABLE that stays live, placed by the pane
 * where it can spill (a formula typed right beside a table grows the table and shows #SPILL!).
 */
export function InsertScoreTable({ source }: { source: SourceRef | undefined }) {
  const s = usePaneStyles();
  const [outcome, setOutcome] = useState<InsertOutcome>();
  const [busy, setBusy] = useState(false);
  const table = source?.kind === "table" ? source.name : undefined;
  return (
    <section className={s.section} aria-labelledby="score-formula">
      <Subtitle2 as="h2" id="score-formula">
        Or keep a live formula
      </Subtitle2>
      <Text className={s.prompt}>
        {table
          ? `Puts =EXPORTRISK.SCORETABLE(${table}[#All]) one empty column to the right of the table (or on a new sheet when that space is taken), so it can spill and recalculates when the deals change.`
          : "Choose an Excel table above to insert a SCORETABLE formula for it."}
      </Text>
      <Button
        disabled={!table || busy}
        onClick={async () => {
          if (!table) return;
          setBusy(true);
          setOutcome(await insertScoreTable(table));
          setBusy(false);
        }}
      >
        Insert SCORETABLE
      </Button>
      {outcome && (
        <MessageBar intent={outcome.status === "failed" ? "error" : "success"} layout="multiline" role="status">
          <MessageBarBody>
            {outcome.status === "failed"
              ? outcome.error
              : `${outcome.formula} is in ${outcome.address}${outcome.state === "calculating" ? " (Excel is still calculating it)" : ""}. ${outcome.note ?? ""}`.trim()}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
